package io.github.paperdigest.model;

import java.time.LocalDate;

/**
 * An ISO week of the digest, Monday to Sunday, as on Hugging Face's weekly view.
 *
 * @param label the ISO name, such as {@code 2026-W06}
 * @param year the ISO week-based year, which differs from the calendar year around New Year
 * @param number from 1 to 53
 * @param firstDay its Monday
 * @param lastDay its Sunday
 */
public record Week(String label, int year, int number, LocalDate firstDay, LocalDate lastDay, String path) {
}
