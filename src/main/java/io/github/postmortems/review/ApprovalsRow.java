package io.github.postmortems.review;

import io.github.postmortems.storage.ReviewRecordWriter;
import io.github.postmortems.text.Markup;
import io.github.postmortems.text.Messages;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One review step as a row of the page's Approvals table, in storage format: who (a mention), when, on which page
 * version, what, the comment, and whom it tells: mentions, which Confluence notifies, or their names when the app
 * tells them itself.
 * Every text is escaped; user keys go into attributes only.
 */
final class ApprovalsRow {

    static final List<String> COLUMNS = List.of("who", "when", "version", "decision", "comment", "told");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Decision decision;
    private final List<String> told;
    private final Messages messages;
    private final ZoneId zone;
    private final Function<String, String> names;

    /**
     * @param names the names of the people told, written as text since something else tells them; null to mention
     *              them instead (Confluence notifies the people a page newly mentions)
     */
    ApprovalsRow(Decision decision, List<String> told, Messages messages, ZoneId zone,
                 Function<String, String> names) {
        this.decision = decision;
        this.told = List.copyOf(told);
        this.messages = messages;
        this.zone = zone;
        this.names = names;
    }

    /** The row, for a page that has an Approvals table. */
    String markup() {
        StringBuilder row = new StringBuilder("<tr>");
        cell(row, mention(decision.userKey()));
        cell(row, Markup.escape(WHEN.format(decision.at().atZone(zone)) + " " + zone.getId()));
        cell(row, Markup.escape(String.valueOf(decision.pageVersion())));
        cell(row, Markup.escape(messages.text(decision.kind().i18nKey())));
        cell(row, Markup.escape(decision.comment()));
        StringBuilder people = new StringBuilder();
        for (String person : told) {
            if (names == null) {
                people.append(people.isEmpty() ? "" : " ").append(mention(person));
            } else {
                people.append(people.isEmpty() ? "" : ", ").append(Markup.escape(names.apply(person)));
            }
        }
        cell(row, people.toString());
        return row.append("</tr>").toString();
    }

    /** A heading and a table holding the header and {@link #markup()}, for a page without an Approvals table. */
    String section() {
        StringBuilder header = new StringBuilder("<tr>");
        for (String column : COLUMNS) {
            header.append("<th>").append(Markup.escape(messages.text("postmortems.review.page.column." + column)))
                    .append("</th>");
        }
        header.append("</tr>");
        return "<h2>" + Markup.escape(messages.text(ReviewRecordWriter.HEADING)) + "</h2><table><tbody>" + header
                + markup() + "</tbody></table>";
    }

    static String mention(String userKey) {
        return "<ac:link><ri:user ri:userkey=\"" + Markup.escape(userKey) + "\" /></ac:link>";
    }

    private static void cell(StringBuilder row, String content) {
        row.append("<td>").append(content.isEmpty() ? "" : "<p>" + content + "</p>").append("</td>");
    }
}
