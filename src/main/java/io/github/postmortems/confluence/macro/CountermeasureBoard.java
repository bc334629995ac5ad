package io.github.postmortems.confluence.macro;

import java.util.List;

/**
 * What the countermeasures macro shows: a summary line, one line per countermeasure, and for people who may edit the
 * page a button that creates the missing Jira issues.
 *
 * @param createUrl where the button posts (the plugin's REST resource for this page); "" when there is no button
 * @param checkUrl  where "Check Jira issues" posts, for people who may edit the page while a typed key is not read
 *                  from Jira yet; "" when there is no such button
 */
public record CountermeasureBoard(String summary, List<String> columns, List<CountermeasureLine> lines,
                                  List<String> warnings, String emptyText, String createLabel, String createUrl,
                                  String createHint, Styles styles, String checkLabel, String checkUrl,
                                  String checkHint) {

    public CountermeasureBoard {
        columns = List.copyOf(columns);
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }

    public boolean empty() {
        return lines.isEmpty();
    }

    public boolean canCreate() {
        return !createUrl.isEmpty();
    }

    public boolean canCheck() {
        return !checkUrl.isEmpty();
    }
}
