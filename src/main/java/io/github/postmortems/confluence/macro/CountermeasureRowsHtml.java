package io.github.postmortems.confluence.macro;

import io.github.postmortems.text.Markup;

import java.util.List;

/**
 * The countermeasures table's rows as HTML, written in Java rather than by the template: each row is some forty
 * values, which the template engine would look up by reflection one by one. The HTML is the one the template wrote,
 * character for character ({@code CountermeasureRowsHtmlTest} renders both), every value escaped as the template
 * renderer escapes a reference.
 */
final class CountermeasureRowsHtml {

    private final StringBuilder html;
    private final String mutedStyle;

    private CountermeasureRowsHtml(StringBuilder html, Styles styles) {
        this.html = html;
        this.mutedStyle = styles.muted();
    }

    /** One {@code <tr>} per line, each ended by a line break as the template ended it. */
    static String of(List<CountermeasureLine> lines, Styles styles) {
        StringBuilder html = new StringBuilder(64 + 1024 * lines.size());
        CountermeasureRowsHtml writer = new CountermeasureRowsHtml(html, styles);
        for (CountermeasureLine line : lines) {
            writer.row(line);
        }
        return html.toString();
    }

    private void row(CountermeasureLine line) {
        html.append("<tr class=\"");
        escaped(line.css()).append("\" data-row-id=\"");
        escaped(line.rowId()).append("\">\n<td class=\"pm-cm__text\">");
        for (Lozenge mark : line.marks()) {
            mark.appendHtml(html, " pm-drafted");
            html.append(' ');
        }
        escaped(line.text()).append("</td>\n<td class=\"pm-cm__owner\">");
        linkOrSpan(line.owner());
        difference(line.ownerDifference(), line.actions().ownerFromJira(), line.actions());
        html.append("</td>\n<td class=\"pm-cm__due\">");
        Link due = line.due();
        html.append("<span class=\"");
        escaped(due.css()).append("\" title=\"");
        escaped(due.hint()).append("\">");
        escaped(due.text()).append("</span>");
        difference(line.dueDifference(), line.actions().dueFromJira(), line.actions());
        html.append("</td>\n<td class=\"pm-cm__priority\">");
        escaped(line.priority()).append("</td>\n<td class=\"pm-cm__type\">");
        escaped(line.type()).append("</td>\n<td class=\"pm-cm__jira\">");
        linkOrSpan(line.jira());
        for (Lozenge status : line.status()) {
            html.append(" ");
            lozenge(status);
        }
        if (!line.synced().isEmpty()) {
            html.append("<div class=\"pm-cm__synced\" style=\"");
            escaped(mutedStyle).append("\">");
            escaped(line.synced()).append("</div>");
        }
        CountermeasureLine.Actions actions = line.actions();
        if (actions.gone()) {
            html.append("<div class=\"pm-cm__actions\"><button type=\"button\" class=\"aui-button aui-button-link "
                    + "pm-cm__action\" data-url=\"");
            escaped(actions.createAgain()).append("\">");
            escaped(actions.createAgainLabel()).append("</button> <button type=\"button\" class=\"aui-button "
                    + "aui-button-link pm-cm__action\" data-url=\"");
            escaped(actions.unlink()).append("\">");
            escaped(actions.unlinkLabel()).append("</button></div>");
        }
        html.append("<div class=\"pm-cm__result\" aria-live=\"polite\"></div></td>\n<td class=\"pm-cm__state\">");
        state(line.state());
        html.append("</td>\n</tr>\n");
    }

    private void state(CountermeasureLine.State state) {
        if (state.shown()) {
            lozenge(state.lozenge());
        }
        if (!state.said().isEmpty()) {
            html.append("<div class=\"pm-cm__said\">");
            escaped(state.said()).append("</div>");
        }
        if (!state.stale().isEmpty()) {
            html.append("<div class=\"pm-cm__stale\">");
            escaped(state.stale()).append("</div>");
        }
        if (state.actions()) {
            html.append("<div class=\"pm-cm__actions\">");
            if (!state.verifyUrl().isEmpty()) {
                html.append("<button type=\"button\" class=\"aui-button aui-button-link pm-cm__state-action\" "
                        + "data-url=\"");
                escaped(state.verifyUrl()).append("\" data-state=\"verified\" aria-haspopup=\"dialog\">");
                escaped(state.verifyLabel()).append("</button>");
            }
            if (!state.declineUrl().isEmpty()) {
                html.append("<button type=\"button\" class=\"aui-button aui-button-link pm-cm__state-action\" "
                        + "data-url=\"");
                escaped(state.declineUrl()).append("\" data-state=\"wont-do\" aria-haspopup=\"dialog\">");
                escaped(state.declineLabel()).append("</button>");
            }
            html.append("</div>\n<div class=\"pm-cm__state-result\" aria-live=\"polite\"></div>");
        }
    }

    /** A link where it goes somewhere, else the same text in a span with its class. */
    private void linkOrSpan(Link link) {
        if (link.linked()) {
            html.append("<a class=\"");
            escaped(link.css()).append("\" href=\"");
            escaped(link.href()).append("\" title=\"");
            escaped(link.hint()).append("\">");
            escaped(link.text()).append("</a>");
        } else {
            html.append("<span class=\"");
            escaped(link.css()).append("\">");
            escaped(link.text()).append("</span>");
        }
    }

    /** What Jira says instead ("→ Jira: Kim Wong"), with the button taking it where an editor may. */
    private void difference(String difference, String fromJira, CountermeasureLine.Actions actions) {
        if (difference.isEmpty()) {
            return;
        }
        html.append("<div class=\"pm-cm__difference\"><span class=\"pm-cm__jira-value\">");
        escaped(difference).append("</span>");
        if (!fromJira.isEmpty()) {
            html.append(" <button type=\"button\" class=\"aui-button aui-button-link pm-cm__action\" data-url=\"");
            escaped(fromJira).append("\" title=\"");
            escaped(actions.fromJiraHint()).append("\">");
            escaped(actions.fromJiraLabel()).append("</button>");
        }
        html.append("</div>");
    }

    private void lozenge(Lozenge lozenge) {
        lozenge.appendHtml(html, "");
    }

    private StringBuilder escaped(String text) {
        Markup.appendAsTemplateEscapes(html, text);
        return html;
    }
}
