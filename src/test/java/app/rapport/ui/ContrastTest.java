package app.rapport.ui;

import app.rapport.model.ContactQuery;
import app.rapport.model.ContactSummary;
import app.rapport.model.Meeting;
import app.rapport.model.Theme;
import app.rapport.service.ContactBook;
import app.rapport.service.DemoNetwork;
import app.rapport.ui.shell.ShellController;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * WCAG 2.1 AA contrast on every screen, with the demo data, in the light and the dark theme: every visible piece of
 * text (the {@link Text} nodes that labels, buttons, cells and fields draw their text with) against the background
 * it is drawn on — the fills of the nearest Region behind it, composited over those further out while they are
 * translucent. Normal text needs 4.5:1, large text (24px, or 18.66px bold) 3:1. Text in a disabled control is
 * exempt, as WCAG 1.4.3 says ("text that is part of an inactive user interface component"), and so is text that
 * is not shown (invisible, or clipped out of its scroll pane). Icons (Ikonli font glyphs, also Text nodes) need 3:1,
 * WCAG 1.4.11's contrast for graphics that carry meaning.
 */
class ContrastTest extends ScreenTest {

    private static final double NORMAL = 4.5;
    private static final double LARGE = 3.0;

    @Override
    protected void seed(ContactBook book) {
        database.transaction(c -> DemoNetwork.populate(book, CLOCK));
    }

    @Override
    protected ShellController.Screen startScreen() {
        return null; // Today, where the app opens
    }

    @AfterEach
    void backToLight() {
        interact(() -> Themes.apply(Theme.LIGHT));
    }

    @Test
    void everyScreenReadsWellInTheLightTheme() throws Exception {
        assertEveryScreenReadsWell(Theme.LIGHT);
    }

    @Test
    void everyScreenReadsWellInTheDarkTheme() throws Exception {
        assertEveryScreenReadsWell(Theme.DARK);
    }

    private void assertEveryScreenReadsWell(Theme theme) throws Exception {
        interact(() -> Themes.apply(theme));
        settle();
        Set<String> offenders = new LinkedHashSet<>();
        int[] checked = {0};
        Runnable check = () -> checked[0] += collectOffenders(offenders);

        check.run(); // Today

        clickOn("#contactsButton");
        settle();
        check.run();
        ContactSummary richest = book.search(ContactQuery.all(), 0, 200).stream()
                .filter(ContactSummary::hasUnresolvedDealBreaker)
                .max(Comparator.comparingInt(c -> book.detail(c.id()).impressions().size()))
                .orElseThrow();
        clickOn(lookup(".contact-list .list-cell").match(node -> node instanceof ListCell<?> cell
                && cell.getItem() instanceof ContactSummary s && s.id() == richest.id()).queryAs(Node.class));
        settle();
        check.run();
        openTab("Impressions");
        check.run();
        openTab("Timeline");
        check.run();

        clickOn("#boardButton");
        settle();
        check.run();
        clickOn(".parked-lane > .title");
        settle();
        check.run();
        clickOn(".parked-lane > .title");
        clickOn(".attention-toggle");
        settle();
        check.run();

        clickOn("#introductionsButton");
        settle();
        check.run();
        clickOn(lookup(".pipeline-table .table-row-cell").match(node -> node instanceof TableRow<?> row
                && row.getItem() != null && row.getItem().toString().contains("Amara Okafor")).queryAs(Node.class));
        settle();
        check.run();
        clickOn("Who should meet whom");
        settle();
        check.run();
        clickOn("People to thank");
        settle();
        check.run();

        clickOn("#meetingsButton");
        settle();
        clickOn(lookup(".meeting-list .list-cell").match(node -> node instanceof ListCell<?> cell
                && cell.getItem() instanceof Meeting m
                && m.title().equals("Thursday networking breakfast")).queryAs(Node.class));
        settle();
        check.run();
        clickOn("Briefing");
        settle();
        check.run();
        clickOn("After the meeting");
        settle();
        check.run();

        assertTrue(checked[0] > 500, "the walk reached the text on the screens: " + checked[0]);
        assertTrue(offenders.isEmpty(), theme + ": " + offenders.size() + " text(s) below WCAG AA contrast:\n"
                + String.join("\n", offenders));
    }

    /** Walks the window's scene; adds a line per text below AA contrast, returns how many texts it checked. */
    private int collectOffenders(Set<String> offenders) {
        List<Text> texts = new ArrayList<>();
        interact(() -> texts(window.scene().getRoot(), texts));
        int[] count = {0};
        interact(() -> {
            for (Text text : texts) {
                if (!shown(text)) {
                    continue;
                }
                count[0]++;
                Color fill = opaque(text.getFill(), text);
                Color background = backgroundBehind(text);
                Color foreground = over(withOpacity(fill, opacity(text)), background);
                double ratio = ratio(foreground, background);
                boolean icon = text instanceof FontIcon;
                double needed = icon || large(text.getFont()) ? LARGE : NORMAL;
                if (ratio < needed) {
                    String what = icon ? "icon " + ((FontIcon) text).getIconLiteral()
                            : "\"" + text.getText().strip() + "\"";
                    offenders.add(String.format(Locale.ROOT, "%.2f:1 (needs %.1f) %s %s on %s, in %s",
                            ratio, needed, what, hex(foreground), hex(background), where(text)));
                }
            }
        });
        return count[0];
    }

    private static void texts(Node node, List<Text> into) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Text text && text.getText() != null && !text.getText().isBlank()) {
            into.add(text);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                texts(child, into);
            }
        }
    }

    /** On screen, readable and not part of a disabled control; inside the window and its scroll panes' views. */
    private boolean shown(Text text) {
        for (Node n = text; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.getOpacity() == 0 || n.isDisabled()) {
                return false;
            }
        }
        Bounds bounds = text.localToScene(text.getBoundsInLocal());
        if (bounds.getWidth() <= 0 || bounds.getHeight() <= 0 || bounds.getMaxX() <= 0 || bounds.getMaxY() <= 0
                || bounds.getMinX() >= window.scene().getWidth() || bounds.getMinY() >= window.scene().getHeight()) {
            return false;
        }
        // clipped away by a scroll pane's viewport or a list's clip
        for (Node n = text.getParent(); n != null; n = n.getParent()) {
            if (n.getClip() != null) {
                Bounds clip = n.localToScene(n.getClip().getBoundsInParent());
                if (!clip.intersects(bounds)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The colour behind {@code text}: the nearest opaque fill, with the translucent fills above it composited. */
    private Color backgroundBehind(Text text) {
        List<Color> layers = new ArrayList<>(); // nearest first
        for (Node n = text.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Region region) {
                Background background = region.getBackground();
                if (background != null) {
                    List<BackgroundFill> fills = background.getFills();
                    for (int i = fills.size() - 1; i >= 0; i--) {
                        Color color = opaque(fills.get(i).getFill(), region);
                        if (color.getOpacity() > 0) {
                            layers.add(withOpacity(color, opacity(region)));
                        }
                        if (layers.size() > 0 && layers.get(layers.size() - 1).getOpacity() >= 1) {
                            return composite(layers);
                        }
                    }
                }
            }
        }
        Paint sceneFill = window.scene().getFill();
        layers.add(sceneFill instanceof Color c ? c : Color.WHITE);
        return composite(layers);
    }

    private static Color composite(List<Color> nearestFirst) {
        Color result = nearestFirst.get(nearestFirst.size() - 1);
        result = Color.color(result.getRed(), result.getGreen(), result.getBlue()); // the bottom is opaque
        for (int i = nearestFirst.size() - 2; i >= 0; i--) {
            result = over(nearestFirst.get(i), result);
        }
        return result;
    }

    private static Color over(Color top, Color bottom) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + bottom.getRed() * (1 - a),
                top.getGreen() * a + bottom.getGreen() * (1 - a),
                top.getBlue() * a + bottom.getBlue() * (1 - a));
    }

    /** Node opacity multiplies down the tree (a dragged card at 45% makes its text fainter too). */
    private static double opacity(Node node) {
        double opacity = 1;
        for (Node n = node; n != null; n = n.getParent()) {
            opacity *= n.getOpacity();
        }
        return opacity;
    }

    private static Color withOpacity(Color color, double opacity) {
        return Color.color(color.getRed(), color.getGreen(), color.getBlue(), color.getOpacity() * opacity);
    }

    /** A paint as one colour: gradients (none in Rapport's own styles) by their first stop. */
    private static Color opaque(Paint paint, Node node) {
        if (paint instanceof Color color) {
            return color;
        }
        if (paint instanceof LinearGradient gradient) {
            return gradient.getStops().get(0).getColor();
        }
        if (paint instanceof RadialGradient gradient) {
            return gradient.getStops().get(0).getColor();
        }
        return Color.TRANSPARENT;
    }

    /** WCAG 2.1: 24px, or 18.66px (14pt) and bold. */
    private static boolean large(Font font) {
        boolean bold = font.getStyle().toLowerCase(Locale.ROOT).contains("bold")
                || font.getName().toLowerCase(Locale.ROOT).contains("bold");
        return font.getSize() >= 24 || (bold && font.getSize() >= 18.66);
    }

    /** The WCAG 2.1 contrast ratio of two opaque colours, 1 to 21. */
    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    /** The style classes of the text's nearest styled ancestors, for finding it in rapport.css. */
    private static String where(Text text) {
        List<String> path = new ArrayList<>();
        for (Node n = text.getParent(); n != null && path.size() < 4; n = n.getParent()) {
            if (!n.getStyleClass().isEmpty()) {
                path.add(0, "." + String.join(".", n.getStyleClass()));
            }
        }
        return String.join(" > ", path);
    }

    @Test
    void theRatioIsWcags() {
        // the WCAG definition's fixed points: black on white 21:1, a colour on itself 1:1, #767676 on white 4.54:1
        assertTrue(Math.abs(ratio(Color.BLACK, Color.WHITE) - 21) < 0.01);
        assertTrue(Math.abs(ratio(Color.web("#2f6f73"), Color.web("#2f6f73")) - 1) < 0.01);
        assertTrue(Math.abs(ratio(Color.web("#767676"), Color.WHITE) - 4.54) < 0.01);
    }
}
