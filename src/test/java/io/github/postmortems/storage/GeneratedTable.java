package io.github.postmortems.storage;

import java.util.Random;

/**
 * Random tables as people write them and Confluence renders them, in both dialects: headers of each macro, cells of
 * mentions, Jira issues, lozenges, links to pages, files and the web, times, entities and formatting, spans and
 * sections; and, one in four, broken the ways markup breaks (a tag left open, a second table, a comment, an
 * upper-case tag, an unquoted value, a stray {@code <}).
 */
final class GeneratedTable {

    private static final String[][] HEADERS = {
        {"Time", "Event", "Evidence", "Kind"},
        {"Field", "Value"},
        {"Countermeasure", "Owner", "Due", "Priority", "Type", "Jira", "Status"},
    };
    private static final String[] VALUES = {
        "10:00", "2026-03-04 10:02", "04 Mar 2026 10:03:07", "yesterday", "Detection", "Action", "Root cause",
        "SEV2", "SEV2 &ndash; major", "Draft", "In review", "Europe/Berlin", "Title", "Severity", "Status", "Start",
        "End", "Time zone", "Tags", "database, outage; Payments", "P1", "Prevent", "Detect", "Done", "",
        "Checkout&nbsp;failed &amp; recovered", "a &lt;b&gt; c", "OPS-12 was filed", "see https://example.com/x y",
        "\u00e9t\u00e9 \ud83d\ude00", "  spaced \n out  ", "&#8211; &#x2014;"};
    private static final String[] PIECES = {
        "<ac:link><ri:user ri:userkey=\"8a7f0001\" /></ac:link>",
        "<ac:link><ri:user ri:username=\"jo\" /></ac:link>",
        "<ac:link><ri:user ri:userkey=\"\" /></ac:link>",
        "<ri:user ri:username=\"sam\" />",
        "<ac:link><ri:page ri:content-title=\"Runbook\" ri:space-key=\"OPS\" /></ac:link>",
        "<ac:link><ri:page ri:content-title=\"Runbook\" /><ac:link-body>the <b>runbook</b></ac:link-body></ac:link>",
        "<ac:link><ri:attachment ri:filename=\"graph.png\"><ri:page ri:content-title=\"Dash\" /></ri:attachment>"
                + "</ac:link>",
        "<ac:image><ri:attachment ri:filename=\"a.png\" /></ac:image>",
        "<ac:image><ri:url ri:value=\"https://img.example.com/y.png\" /></ac:image>",
        "<ac:link><ri:blog-post ri:content-title=\"Post\" /></ac:link>",
        "<ac:link><ri:space ri:space-key=\"OPS\" /></ac:link>",
        "<ac:structured-macro ac:name=\"jira\" ac:schema-version=\"1\"><ac:parameter ac:name=\"key\">OPS-12"
                + "</ac:parameter></ac:structured-macro>",
        "<ac:structured-macro ac:name=\"jira\"><ac:parameter ac:name=\"server\">Jira</ac:parameter>"
                + "</ac:structured-macro>",
        "<ac:structured-macro ac:name=\"status\"><ac:parameter ac:name=\"title\">From Jira</ac:parameter>"
                + "<ac:parameter ac:name=\"colour\">Blue</ac:parameter></ac:structured-macro>",
        "<ac:structured-macro ac:name=\"status\"><ac:parameter ac:name=\"title\"> Done </ac:parameter>"
                + "</ac:structured-macro>",
        "<time datetime=\"2026-03-04\" />",
        "<time datetime=\"2026-03-04\" class=\"date-past\">04 Mar 2026</time>",
        "<a href=\"https://jira.example.com/browse/OPS-7\">link</a>",
        "<a href=\"https://dash.example.com/d?a=1&amp;b=2\" class=\"external-link\" rel=\"nofollow\">dash</a>",
        "<a href=\"javascript:alert(1)\">j</a>",
        "<a href=\"/wiki/spaces/OPS/pages/1\" title=\"t\">page</a>",
        "<code>payments-api</code>", "<strong>bold</strong>", "<em>it</em>", "<br />", "<br/>",
        "<ul><li>one</li><li>two</li></ul>", "<p>para</p>", "<div class=\"content-wrapper\"><p>wrapped</p></div>",
        "<span class=\"status-macro aui-lozenge\">From Jira</span>",
        "<span class=\"status-macro aui-lozenge aui-lozenge-success\">Done</span>",
        "<a class=\"confluence-userlink user-mention\" data-username=\"jo\" href=\"/display/~jo\">Jo Doe</a>",
        "<a class=\"confluence-userlink\" href=\"/display/~al%20x\">Al X</a>",
        "<a class=\"user-mention\">  Plain   Name </a>",
        "<a class=\"confluence-userlink user-mention\" data-user-key=\"ff01\" href=\"/x\">Key</a>",
        "<span class=\"confluence-jim-macro jira-issue\" data-jira-key=\"OPS-9\"><a href=\"https://jira/browse/OPS-9\""
                + " class=\"jira-issue-key\">OPS-9</a></span>",
        "<span jira-key=\"OPS-3\">x</span>",
        "<img src=\"/download/attachments/1/g.png\" />",
        "<ac:placeholder>type here</ac:placeholder>", "<script>var x = 1;</script>",
        "<pre>  a   b </pre>", "<pre><a class=\"user-mention\"> A   B </a></pre>",
        "<blockquote><p>q</p></blockquote>", "<h3>Heading</h3>", "<span title='single \"quoted\"'>s</span>",
        "<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status>"
                + "<ac:task-body>do it</ac:task-body></ac:task></ac:task-list>",
        "<ul class=\"inline-task-list\"><li data-inline-task-id=\"1\">task</li></ul>",
        "<a class=\"user-mention\" data-username=\"x\"><span>nested</span></a>",
    };
    private static final String[] BREAKS = {"</p>", "<!-- note -->", "<table><tr><td>x</td></tr></table>", "<P>x</P>",
        "<span class=x>y</span>", "a < b", "<![CDATA[c]]>", "<td>stray</td>", "<tr><td>row</td></tr>"};

    private GeneratedTable() {
    }

    static String of(Random random) {
        String[] header = HEADERS[random.nextInt(HEADERS.length)];
        StringBuilder out = new StringBuilder(random.nextBoolean() ? "<div class=\"table-wrap\">" : "");
        int wrapped = out.length();
        out.append("<table").append(random.nextBoolean() ? " class=\"confluenceTable\"" : "").append('>');
        boolean sections = random.nextBoolean();
        out.append(sections ? "<thead>" : "").append("<tr>");
        for (String title : header) {
            out.append(random.nextInt(3) == 0 ? "<th><p>" + title + "</p></th>" : "<th>" + title + "</th>");
        }
        out.append("</tr>").append(sections ? "</thead><tbody>" : "").append(random.nextBoolean() ? "\n" : "");
        int rows = 1 + random.nextInt(6);
        for (int r = 0; r < rows; r++) {
            out.append("<tr>");
            if (random.nextInt(8) == 0) {
                out.append("<td colspan=\"").append(header.length).append("\">").append(value(random))
                        .append("</td></tr>");
                continue;
            }
            for (int c = 0; c < header.length; c++) {
                String tag = random.nextInt(6) == 0 ? "th" : "td";
                out.append('<').append(tag);
                if (random.nextInt(10) == 0) {
                    out.append(random.nextBoolean() ? " rowspan=\"2\"" : " colspan=\"2\"");
                }
                if (random.nextInt(12) == 0) {
                    out.append(" />");
                    continue;
                }
                out.append('>').append(cell(random)).append("</").append(tag).append('>');
            }
            out.append("</tr>").append(random.nextBoolean() ? "\n" : "");
        }
        out.append(sections ? "</tbody>" : "").append("</table>").append(wrapped > 0 ? "</div>" : "");
        if (random.nextInt(4) == 0) {
            String broken = BREAKS[random.nextInt(BREAKS.length)];
            int at = out.indexOf("<t", random.nextInt(out.length()));
            out.insert(at < 0 ? out.length() : at, broken);
        }
        return out.toString();
    }

    private static String cell(Random random) {
        StringBuilder cell = new StringBuilder();
        int parts = random.nextInt(4);
        boolean paragraph = random.nextBoolean();
        cell.append(paragraph ? "<p>" : "");
        for (int i = 0; i < parts; i++) {
            cell.append(random.nextInt(3) == 0 ? value(random) : PIECES[random.nextInt(PIECES.length)]);
            cell.append(random.nextBoolean() ? " " : random.nextBoolean() ? "&nbsp;" : "");
        }
        if (parts == 0) {
            cell.append(value(random));
        }
        return cell.append(paragraph ? "</p>" : "").toString();
    }

    private static String value(Random random) {
        return VALUES[random.nextInt(VALUES.length)];
    }
}
