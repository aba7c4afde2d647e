package app.rapport.ui;

import app.rapport.service.ContactBook;

/** What every screen's controller is given: the use cases, the background executor, texts and notifications. */
public record AppContext(ContactBook contacts, Background background, Texts texts, Notifications notifications) {
}
