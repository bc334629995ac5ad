package io.github.postmortems.confluence.macro;

import java.util.List;

/**
 * What the postmortem-details macro shows: a card with the title, severity and status lozenges, and sections of
 * label/value rows (incident times, durations, people, tags). Every text is final and escaped by the template.
 */
public record DetailsCard(String title, List<Lozenge> lozenges, List<String> warnings, List<CardSection> sections,
                          Styles styles) {

    public DetailsCard {
        lozenges = List.copyOf(lozenges);
        warnings = List.copyOf(warnings);
        sections = List.copyOf(sections);
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }
}
