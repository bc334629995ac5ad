package io.github.postmortems.postmortem;

import java.util.Locale;

/** The moments of an incident that the details table records. */
public enum Milestone {
    START,
    FIRST_USER_IMPACT,
    FIRST_USER_REPORT,
    DETECT,
    HOTFIX,
    END;

    /** i18n key of the milestone's name, as used in the details table and in warnings. */
    public String i18nKey() {
        return "postmortems.details.field." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
