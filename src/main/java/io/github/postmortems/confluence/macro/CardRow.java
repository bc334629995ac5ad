package io.github.postmortems.confluence.macro;

import java.util.List;

/** A label and its values on the details card: one for most fields, several for tags, each perhaps a link. */
public record CardRow(String label, List<Link> values) {

    public CardRow {
        values = List.copyOf(values);
    }
}
