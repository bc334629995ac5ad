package io.github.postmortems.confluence.macro;

/**
 * One of the numbers above the list: a value, what it counts, and how it is counted when the label alone cannot say
 * ("" when it can).
 */
public record ListNumber(String value, String label, String hint) {
}
