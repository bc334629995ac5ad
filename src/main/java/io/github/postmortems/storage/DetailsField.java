package io.github.postmortems.storage;

import io.github.postmortems.postmortem.Milestone;

import java.util.Locale;
import java.util.Optional;

/** The fields of the postmortem-details table, named in the page by any bundled translation of their key. */
enum DetailsField {
    TITLE,
    SEVERITY,
    STATUS,
    START,
    FIRST_USER_IMPACT,
    FIRST_USER_REPORT,
    DETECT,
    HOTFIX,
    END,
    TIME_ZONE,
    MEETING_DATE,
    CONTACT,
    CREATED_BY,
    FACILITATED_BY,
    INCIDENT_TICKET,
    TAGS;

    /** Same keys as {@link Milestone#i18nKey()} for the milestones, so warnings can name either. */
    String key() {
        return "postmortems.details.field." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    Optional<Milestone> milestone() {
        for (Milestone milestone : Milestone.values()) {
            if (milestone.name().equals(name())) {
                return Optional.of(milestone);
            }
        }
        return Optional.empty();
    }
}
