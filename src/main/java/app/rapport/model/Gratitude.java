package app.rapport.model;

import java.time.LocalDate;

/**
 * Someone who recently gave the user a referral or help, and whom the user could help back, usually by connecting
 * them with someone. Deliberately no balance and no count of who gave what: gratitude, not tit-for-tat.
 *
 * @param helpedOn the latest day they referred or helped the user
 * @param best     the best suggestion of someone to connect them with, or null when there is none
 */
public record Gratitude(long contactId, String name, LocalDate helpedOn, Suggestion best) {
}
