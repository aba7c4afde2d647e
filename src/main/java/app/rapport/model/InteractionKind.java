package app.rapport.model;

/** The kinds of dated events on a contact's timeline. */
public enum InteractionKind {
    MET,
    CALL,
    EMAIL,
    MESSAGE,
    MEETING,
    REFERRAL_GIVEN,
    REFERRAL_RECEIVED,
    ADVICE_ASKED,
    ADVICE_GIVEN,
    HELP_GIVEN,
    HELP_RECEIVED,
    INTRODUCTION
}
