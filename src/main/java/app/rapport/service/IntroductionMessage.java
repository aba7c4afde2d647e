package app.rapport.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A ready-to-edit message for one step of an introduction: to whom (their emails, when known), a subject and a
 * body. {@link #mailto()} opens it in the user's mail client.
 */
public record IntroductionMessage(List<String> to, String subject, String body) {

    public IntroductionMessage {
        to = List.copyOf(to);
    }

    /** The message as a {@code mailto:} link (RFC 6068): addresses, subject and body percent-encoded. */
    public String mailto() {
        // an address keeps its "@" (RFC 6068 allows it there); everything else is percent-encoded
        return "mailto:" + String.join(",", to.stream().map(address -> encode(address).replace("%40", "@")).toList())
                + "?subject=" + encode(subject) + "&body=" + encode(body.replace("\r\n", "\n").replace("\n", "\r\n"));
    }

    /** The subject and body, for the clipboard. */
    public String text() {
        return subject + "\n\n" + body;
    }

    private static String encode(String text) {
        // URLEncoder writes form encoding: a space becomes '+', which mail clients would show as '+'
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
