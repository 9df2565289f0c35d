package io.github.paperdigest.page;

import io.github.paperdigest.model.Day;

/** A day listed on a week's or a month's page, with how many papers it has. */
public record DayCount(Day day, int paperCount) {
}
