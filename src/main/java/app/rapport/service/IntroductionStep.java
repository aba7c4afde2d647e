package app.rapport.service;

import app.rapport.model.Introduction;
import app.rapport.model.Interaction;

/**
 * One step of an introduction as recorded: the introduction before and after, and the entry it put on both
 * contacts' timelines. {@link IntroductionPlanner#undo} takes a step back.
 *
 * @param before null when the step planned the introduction
 */
public record IntroductionStep(Introduction before, Introduction after, Interaction logged) {
}
