package io.github.postmortems.storage;

import java.util.List;

/** The names ({@code ac:name}) of the macros whose tables hold a postmortem; also the table names in warnings. */
public final class MacroNames {

    public static final String DETAILS = "postmortem-details";
    public static final String TIMELINE = "incident-timeline";
    public static final String COUNTERMEASURES = "countermeasures";

    public static final List<String> ALL = List.of(DETAILS, TIMELINE, COUNTERMEASURES);

    private MacroNames() {
    }
}
