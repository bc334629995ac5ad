package io.github.postmortems.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns the postmortem list can show, in the order people name them in the macro's parameter. The follow-up
 * review day (issue 16) is shown only when named.
 */
public enum ListColumn {
    TITLE, START, SEVERITY, STATUS, TTD, TTR, COUNTERMEASURES, OVERDUE, FOLLOWUP;

    public static final List<ListColumn> DEFAULT = List.of(TITLE, START, SEVERITY, STATUS, TTD, TTR, COUNTERMEASURES,
            OVERDUE);

    public static Optional<ListColumn> fromCode(String typed) {
        String code = typed == null ? "" : typed.trim().toUpperCase(Locale.ROOT);
        for (ListColumn column : values()) {
            if (column.name().equals(code)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
