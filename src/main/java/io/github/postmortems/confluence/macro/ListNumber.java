package io.github.postmortems.confluence.macro;

/** One of the numbers above the list: a value and what it counts. */
public record ListNumber(String value, String label) {
}
