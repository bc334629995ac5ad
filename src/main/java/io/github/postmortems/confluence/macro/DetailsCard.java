package io.github.postmortems.confluence.macro;

import java.util.List;

/**
 * What the postmortem-details macro shows: a card with the title, severity and status lozenges, and sections of
 * label/value rows (incident times, durations, people, tags), the review and the steps the viewer may take, and for
 * editors the wording to reconsider. Every text
 * is final and escaped by the template.
 */
public record DetailsCard(String title, List<Lozenge> lozenges, List<String> warnings, List<CardSection> sections,
                          Styles styles, WordingSection wording, ReviewSection review) {

    public DetailsCard {
        lozenges = List.copyOf(lozenges);
        warnings = List.copyOf(warnings);
        sections = List.copyOf(sections);
        wording = wording == null ? WordingSection.NONE : wording;
        review = review == null ? ReviewSection.NONE : review;
    }

    /** The sections, escaped as the template would escape each value (see {@link CardSectionsHtml}). */
    public String sectionsHtml() {
        return CardSectionsHtml.of(sections, styles);
    }

    public DetailsCard(String title, List<Lozenge> lozenges, List<String> warnings, List<CardSection> sections,
                       Styles styles, WordingSection wording) {
        this(title, lozenges, warnings, sections, styles, wording, ReviewSection.NONE);
    }

    /** A card without wording hints (as readers see it). */
    public DetailsCard(String title, List<Lozenge> lozenges, List<String> warnings, List<CardSection> sections,
                       Styles styles) {
        this(title, lozenges, warnings, sections, styles, WordingSection.NONE);
    }

    public DetailsCard withWording(WordingSection section) {
        return new DetailsCard(title, lozenges, warnings, sections, styles, section, review);
    }

    public DetailsCard withReview(ReviewSection section) {
        return new DetailsCard(title, lozenges, warnings, sections, styles, wording, section);
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }
}
