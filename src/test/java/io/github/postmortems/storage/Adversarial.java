package io.github.postmortems.storage;

import io.github.postmortems.postmortem.IssueKey;

import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Hostile page content, generated at any size: what anyone who may edit a page can put in front of every reader.
 * Each kind is a whole page (details, timeline and countermeasures macros) and the body of each macro, so one input
 * goes through every reader entry point. Public for the benchmarks, which run the same inputs at two sizes.
 */
public enum Adversarial {

    /** A code block whose text repeats a macro start tag n times: the old start-tag regex rescanned from each. */
    MACRO_TEXT_IN_CODE(20_000, n -> code("<ac:macro ".repeat(n))),
    /** One cell nesting elements n deep: recursion over the tree overflowed the stack near 20,000. */
    DEEP_NESTING(50_000, n -> "<span><a class=\"user-mention\"><ac:link><ac:structured-macro ac:name=\"jira\">"
            .repeat(n / 4) + "OPS-1" + "</ac:structured-macro></ac:link></a></span>".repeat(n / 4)),
    /** A code block of n characters of CDATA inside a cell. */
    LARGE_CDATA(5_000_000, n -> code("x<td>::: ".repeat(n / 9))),
    /** Tables of n rows: rows added to every table. */
    MANY_ROWS(100_000, n -> "the last row"),
    /** n start tags that are never closed, in a cell: cells and rows left open, spans and paragraphs. */
    UNCLOSED_TAGS(50_000, n -> "<p><span><b>x".repeat(n / 4) + "<td>y".repeat(n / 4)),
    /** Links to a page nested n/4 deep in each other's link text: each link's text is read once, not per ancestor. */
    LINKS_IN_LINKS(50_000, n -> "<ac:link><ri:page ri:content-title=\"Runbook\" /><ac:link-body><b>x</b>"
            .repeat(n / 4) + "y" + "</ac:link-body></ac:link>".repeat(n / 4)),
    /**
     * Rendered status lozenges nested n deep around a title that is not "From Jira": a span holding elements is no
     * lozenge title (reading each level's text took 7 s at 20,000 and 23 s at 40,000).
     */
    NESTED_LOZENGES(50_000, n -> "<span class=\"status-macro aui-lozenge\">".repeat(n) + "Checked"
            + "</span>".repeat(n)),
    /** One page link whose link text has n parts: moved into the link's place at once, not one part at a time. */
    WIDE_LINK_TEXT(100_000, n -> "<ac:link><ri:page ri:content-title=\"Runbook\" /><ac:link-body>"
            + "<b>x</b> ".repeat(n) + "</ac:link-body></ac:link>");

    private final int issueSize;
    private final IntFunction<String> cell;

    Adversarial(int issueSize, IntFunction<String> cell) {
        this.issueSize = issueSize;
        this.cell = cell;
    }

    /** The size issue 10 names for this input (nesting depth, characters, rows or tags). */
    public int issueSize() {
        return issueSize;
    }

    /**
     * A whole page at size {@code n} holding the hostile content once: before the macros for macro text (where the
     * search for the details macro starts), else in the countermeasures table, the table that is indexed and written
     * (details and timeline tables stay small: their bodies are the macros' inputs).
     */
    public String page(int n) {
        String before = this == MACRO_TEXT_IN_CODE ? "<p>" + hostile(n) + "</p>" : "";
        return before + macro(MacroNames.DETAILS, MACRO_TEXT_IN_CODE.detailsBody(n, false))
                + macro(MacroNames.TIMELINE, MACRO_TEXT_IN_CODE.timelineBody(n, false))
                + macro(MacroNames.COUNTERMEASURES, countermeasuresBody(n, this != MACRO_TEXT_IN_CODE));
    }

    /** The details macro's body, the hostile content in its tags cell. */
    public String detailsBody(int n) {
        return detailsBody(n, true);
    }

    /** The timeline macro's body, the hostile content in its last event. */
    public String timelineBody(int n) {
        return timelineBody(n, true);
    }

    /** The countermeasures macro's body, the hostile content in its last countermeasure. */
    public String countermeasuresBody(int n) {
        return countermeasuresBody(n, true);
    }

    private String detailsBody(int n, boolean hostile) {
        StringBuilder rows = new StringBuilder();
        rows.append(row("Title", "Checkout outage")).append(row("Start", "2026-10-04 15:39 UTC"))
                .append(row("Incident ticket", "INC-42"));
        for (int i = 0; i < rows(n); i++) {
            rows.append(row("Tags", "t" + i));
        }
        if (hostile) {
            rows.append(row("Tags", hostile(n)));
        }
        return table(rows);
    }

    private String timelineBody(int n, boolean hostile) {
        StringBuilder rows = new StringBuilder("<tr><th>Time</th><th>Event</th><th>Evidence</th><th>Kind</th></tr>");
        for (int i = 0; i < Math.max(1, rows(n)); i++) {
            rows.append("<tr><td>").append(String.format(Locale.ROOT, "%02d:%02d", (i / 60) % 24, i % 60))
                    .append("</td><td>Event ").append(i).append("</td><td></td><td>Detect</td></tr>");
        }
        rows.append("<tr><td>23:59</td><td>").append(hostile ? hostile(n) : "Recovered")
                .append("</td><td></td><td>Resolve</td></tr>");
        return table(rows);
    }

    private String countermeasuresBody(int n, boolean hostile) {
        StringBuilder rows = new StringBuilder("<tr><th>Countermeasure</th><th>Owner</th><th>Due</th>"
                + "<th>Priority</th><th>Type</th><th>Jira</th></tr>");
        rows.append("<tr><td>Countermeasure 0</td><td>Jo Doe</td><td>2026-12-01</td><td>High</td><td>Prevent</td>")
                .append("<td></td></tr>");
        for (int i = 1; i < rows(n); i++) {
            rows.append("<tr><td>Countermeasure ").append(i).append("</td><td/><td/><td/><td/><td/></tr>");
        }
        rows.append("<tr><td>").append(hostile ? hostile(n) : "Alert on failover").append("</td><td>")
                .append(hostile ? hostile(n / 8) : "Jo Doe")
                .append("</td><td>2026-12-01</td><td>High</td><td>Prevent</td><td></td></tr>");
        return table(rows);
    }

    private int rows(int n) {
        return this == MANY_ROWS ? n : 0;
    }

    /** The key the write-back tests give the first countermeasure, whose Jira cell is empty. */
    public static IssueKey firstKey() {
        return IssueKey.parse("OPS-7").orElseThrow();
    }

    private String hostile(int n) {
        return cell.apply(n);
    }

    private static String table(StringBuilder rows) {
        return "<table><tbody>" + rows + "</tbody></table>";
    }

    private static String row(String label, String value) {
        return "<tr><th><p>" + label + "</p></th><td><p>" + value + "</p></td></tr>";
    }

    private static String code(String text) {
        return "<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[" + text
                + "]]></ac:plain-text-body></ac:structured-macro>";
    }

    private static String macro(String name, String body) {
        return "<ac:structured-macro ac:name=\"" + name + "\" ac:schema-version=\"1\"><ac:rich-text-body>" + body
                + "</ac:rich-text-body></ac:structured-macro>";
    }
}
