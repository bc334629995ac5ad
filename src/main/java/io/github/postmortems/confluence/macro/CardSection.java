package io.github.postmortems.confluence.macro;

import java.util.List;

/** A titled group of rows on the details card. */
public record CardSection(String heading, List<CardRow> rows) {

    public CardSection {
        rows = List.copyOf(rows);
    }
}
