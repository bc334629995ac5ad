package io.github.postmortems.confluence.macro;

import io.github.postmortems.text.Markup;

import java.util.List;

/**
 * What the countermeasures macro shows: a summary line, one line per countermeasure, and for people who may edit the
 * page a toolbar whose button creates the missing Jira issues after a dialog listing them.
 *
 * @param missing     "3 not in Jira", beside the summary; "" when every countermeasure is tracked or done
 * @param synced      "synced 3 h ago" for the whole board (its least fresh issue that synced well); "" for none
 * @param emptyText   what the empty board's panel says; "" when the board has lines
 * @param createLabel "Create 3 Jira issues in OPS as Task"; "" when there is no button, as are its hint and the
 *                    dialog's texts (the check button's label and hint likewise, the unplaced panel's without issues)
 * @param createUrl   where the button posts (the plugin's REST resource for this page); "" when there is no button
 * @param checkUrl    where "Check Jira issues" posts, for people who may edit the page while a typed key is not read
 *                    from Jira yet; "" when there is no such button
 * @param dialog      what the create button asks before it creates; its rows are those without an issue
 * @param connection  for people who may edit the page, why no issue can be created (Jira not connected)
 * @param jiraBrowse  where the script links a key it learned ("https://jira.example.com/browse/"); "" for none
 * @param followUp    for editors at or after the follow-up review: how many done countermeasures wait to be verified;
 *                    "" otherwise
 * @param stateDialog what "Verify" and "Won't do" ask before they write into the page
 */
public record CountermeasureBoard(String summary, String missing, String synced, List<String> columns, List<CountermeasureLine> lines,
                                  List<String> warnings, String emptyText, String createLabel, String createUrl,
                                  String createHint, Styles styles, String checkLabel, String checkUrl,
                                  String checkHint, Unplaced unplaced, List<ScriptText> scriptTexts, Dialog dialog,
                                  Connection connection, String jiraBrowse, String followUp,
                                  StateDialog stateDialog) {

    public CountermeasureBoard {
        columns = List.copyOf(columns);
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
        scriptTexts = List.copyOf(scriptTexts);
    }

    /**
     * A text the board's script shows, as a MessageFormat pattern in the reader's language that it fills in: written
     * into the page as {@code data-text-<name>}, because Confluence translates only literal getText calls.
     */
    public record ScriptText(String name, String pattern) {
    }

    /**
     * Issues created for rows that have since changed, and for people who may edit the page the way to place or
     * release them.
     *
     * @param actionUrl where place and release post; "" when this viewer gets no buttons
     * @param rows      rows without an issue, where an issue can be placed
     */
    public record Unplaced(List<Line> lines, List<Row> rows, String hint, String place, String choose, String release,
                           String actionUrl) {
        public Unplaced {
            lines = List.copyOf(lines);
            rows = List.copyOf(rows);
        }

        public boolean any() {
            return !lines.isEmpty();
        }

        public boolean actions() {
            return !actionUrl.isEmpty();
        }

        public record Line(String key, String message) {
        }

        public record Row(String rowId, String text) {
        }
    }

    /** The create button's confirmation: every row without an issue, ticked; the user may untick some. */
    public record Dialog(String title, String intro, String confirm, String cancel, String project, String issueType,
                         List<Unplaced.Row> rows) {
        public Dialog {
            rows = List.copyOf(rows);
        }

        public int count() {
            return rows.size();
        }

        /**
         * The dialog's ticked rows as HTML, each value escaped as the template escapes a reference: one list item a
         * row, written in Java instead of looked up by the template row by row.
         */
        public String rowsHtml() {
            StringBuilder html = new StringBuilder(rows.size() * 160);
            for (Unplaced.Row row : rows) {
                html.append("<li><label><input type=\"checkbox\" class=\"pm-create-dialog__row\" value=\"");
                Markup.appendAsTemplateEscapes(html, row.rowId());
                html.append("\" checked> ");
                Markup.appendAsTemplateEscapes(html, row.text());
                html.append("</label></li>\n");
            }
            return html.toString();
        }
    }

    /**
     * Why this board cannot create issues, in one line, instead of a failure on every row.
     *
     * @param linkUrl     the Jira settings page for administrators when Jira is not connected; "" for none
     * @param settingsUrl the Jira settings page for administrators, for the script to link when a press finds the
     *                    connection broken; "" for everyone else
     */
    public record Connection(String message, String linkText, String linkUrl, String settingsUrl) {
        static Connection working(String settingsUrl) {
            return new Connection("", "", "", settingsUrl);
        }

        public boolean any() {
            return !message.isEmpty();
        }

        public boolean linked() {
            return !linkUrl.isEmpty();
        }
    }

    /**
     * The small dialog of "Verify" and "Won't do": a title and a prompt for each, one note field, and the limit the
     * note is held to (the server checks it again).
     */
    public record StateDialog(String verifyTitle, String verifyPrompt, String declineTitle, String declinePrompt,
                              String noteLabel, String confirm, String cancel, int maxNote) {

        static final StateDialog NONE = new StateDialog("", "", "", "", "", "", "", 0);

        public boolean shown() {
            return maxNote > 0;
        }
    }

    /**
     * The texts the board's script shows, as {@code data-text-<name>="<pattern>"} attributes of the board, each with
     * a space before it and escaped as the template escapes a reference.
     */
    public String scriptTextsHtml() {
        StringBuilder html = new StringBuilder(scriptTexts.size() * 64);
        for (ScriptText text : scriptTexts) {
            html.append(" data-text-");
            Markup.appendAsTemplateEscapes(html, text.name());
            html.append("=\"");
            Markup.appendAsTemplateEscapes(html, text.pattern());
            html.append('"');
        }
        return html.toString();
    }

    /** The table's rows, escaped as the template would escape each value (see {@link CountermeasureRowsHtml}). */
    public String rowsHtml() {
        return CountermeasureRowsHtml.of(lines, styles);
    }

    public boolean followUpDue() {
        return !followUp.isEmpty();
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }

    public boolean empty() {
        return lines.isEmpty();
    }

    /** The table's header row as a writer types it, in the reader's language: what the empty board asks for. */
    public String headerRow() {
        return String.join(" | ", columns);
    }

    public boolean canCreate() {
        return !createUrl.isEmpty();
    }

    public boolean canCheck() {
        return !checkUrl.isEmpty();
    }
}
