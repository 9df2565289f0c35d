package io.github.paperdigest.model;

import java.time.LocalDate;

/** A day of the digest: the papers that entered it that day. */
public record Day(LocalDate date, String path) {
}
