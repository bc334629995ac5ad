package io.github.postmortems.bench;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A long incident written the way people write them, generated from a fixed seed: a timeline of many entries whose
 * events carry mentions, Jira issues, links and code, whose evidence is a link, whose times mostly omit the date
 * (only the first entry of each day has one) and now and then leave a silence longer than half an hour. Given as
 * the macro body Confluence hands the macro (view HTML) and as the page's storage around it (details, timeline in
 * storage format, countermeasures).
 */
public final class LargePostmortem {

    /** Matches the details' start: 2026-10-04 15:39 in Europe/Berlin. */
    private static final LocalDateTime START = LocalDateTime.of(2026, 10, 4, 15, 39);
    private static final String[] KINDS = {"Trigger", "Detect", "Impact", "Mitigate", "Resolve", "Other"};
    private static final String[] USERS = {"jdoe", "asmith", "kwong"};
    private static final String[] USER_KEYS = {"8a7f808a6a1b2c3d016a1b2c3d4e0001", "8a7f808a6a1b2c3d016a1b2c3d4e0002",
            "8a7f808a6a1b2c3d016a1b2c3d4e0003"};
    private static final String[] NAMES = {"Jo Doe", "Alex Smith", "Kim Wong"};
    private static final String[] ACTIONS = {"restarts", "scales up", "rolls back", "checks", "drains", "fails over",
            "pages the owner of", "opens a bridge for", "raises the pool size of", "silences the alert on"};
    private static final String[] SERVICES = {"checkout", "payments-api", "orders-db", "edge-proxy", "search",
            "session-cache", "inventory", "notification-worker"};

    private record Entry(LocalDateTime time, boolean withDate, boolean withSeconds, int user, String action,
                         String service, int jiraIssue, int kind, String evidence) {
    }

    private static final String[] MEASURES = {"Alert on replica lag above 5&nbsp;s",
            "Make the connection pool reconnect after failover", "Run a failover drill every quarter",
            "Page the database owner on failover", "Document the manual failover in the runbook"};
    private static final String[] TYPES = {"Prevent", "Mitigate", "Detect", "Process"};

    private final List<Entry> entries;
    /** Countermeasures written below the timeline; the two the page always had unless a count was asked for. */
    private final int countermeasures;

    private LargePostmortem(List<Entry> entries, int countermeasures) {
        this.entries = entries;
        this.countermeasures = countermeasures;
    }

    /** {@code count} entries from {@code seed}; about one gap in fifty is a silence of 31 to 120 minutes. */
    public static LargePostmortem of(int count, long seed) {
        return of(count, 0, seed);
    }

    /**
     * {@code count} entries and {@code countermeasures} countermeasures (owners, due dates, priorities and types
     * cycled, every third with a Jira key); 0 countermeasures keeps the page's usual two.
     */
    public static LargePostmortem of(int count, int countermeasures, long seed) {
        Random random = new Random(seed);
        List<Entry> entries = new ArrayList<>(count);
        LocalDateTime time = START;
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                time = time.plus(random.nextInt(50) == 0
                        ? Duration.ofMinutes(31 + random.nextInt(90))
                        : Duration.ofSeconds(10 + random.nextInt(170)));
            }
            boolean withDate = i == 0 || !time.toLocalDate().equals(entries.get(i - 1).time().toLocalDate());
            boolean withSeconds = random.nextInt(4) == 0;
            if (!withSeconds) {
                time = time.withSecond(0);
            }
            int jira = random.nextInt(5) == 0 ? 100 + random.nextInt(900) : -1;
            String evidence = random.nextInt(3) == 0 ? ""
                    : "https://grafana.example.com/d/" + Integer.toHexString(random.nextInt()) + "?from=" + i;
            entries.add(new Entry(time, withDate, withSeconds, random.nextInt(USERS.length),
                    ACTIONS[random.nextInt(ACTIONS.length)], SERVICES[random.nextInt(SERVICES.length)], jira,
                    random.nextInt(KINDS.length), evidence));
        }
        return new LargePostmortem(entries, countermeasures);
    }

    public int size() {
        return entries.size();
    }

    /** The timeline macro's body as Confluence hands it to the macro: rendered to view HTML. */
    public String timelineViewBody() {
        StringBuilder out = new StringBuilder("<div class=\"table-wrap\"><table class=\"confluenceTable\"><colgroup>"
                + "<col /><col /><col /><col /></colgroup><tbody>\n<tr><th class=\"confluenceTh\"><p>Time</p></th>"
                + "<th class=\"confluenceTh\"><p>Event</p></th><th class=\"confluenceTh\"><p>Evidence</p></th>"
                + "<th class=\"confluenceTh\"><p>Kind</p></th></tr>\n");
        for (Entry e : entries) {
            out.append("<tr><td class=\"confluenceTd\"><p>");
            if (e.withDate()) {
                out.append("<time datetime=\"").append(e.time().toLocalDate()).append("\" class=\"date-past\">")
                        .append(e.time().format(DateTimeFormatter.ofPattern("dd MMM yyyy", java.util.Locale.ENGLISH)))
                        .append("</time> ");
            }
            out.append(clock(e)).append("</p></td><td class=\"confluenceTd\"><div class=\"content-wrapper\"><p>")
                    .append("<a class=\"confluence-userlink user-mention\" data-username=\"").append(USERS[e.user()])
                    .append("\" href=\"/display/~").append(USERS[e.user()]).append("\" data-linked-resource-type=")
                    .append("\"userinfo\">").append(NAMES[e.user()]).append("</a>&nbsp;").append(e.action())
                    .append(" <code>").append(e.service()).append("</code>");
            if (e.jiraIssue() > 0) {
                String key = "OPS-" + e.jiraIssue();
                out.append(" (<span class=\"confluence-jim-macro jira-issue\" data-jira-key=\"").append(key)
                        .append("\"><a href=\"https://jira.example.com/browse/").append(key)
                        .append("\" class=\"jira-issue-key\">").append(key).append("</a></span>)");
            }
            out.append(", see <a href=\"https://runbooks.example.com/").append(e.service())
                    .append("\" class=\"external-link\" rel=\"nofollow\">runbook</a></p></div></td>")
                    .append("<td class=\"confluenceTd\">");
            if (e.evidence().isEmpty()) {
                out.append("<br />");
            } else {
                out.append("<p><a href=\"").append(e.evidence().replace("&", "&amp;"))
                        .append("\" class=\"external-link\" rel=\"nofollow\">dashboard</a></p>");
            }
            out.append("</td><td class=\"confluenceTd\"><p>").append(KINDS[e.kind()]).append("</p></td></tr>\n");
        }
        return out.append("</tbody></table></div>").toString();
    }

    /** The whole page's storage: details (incident in Europe/Berlin, hotfix mid-timeline, end at its last entry), this
     * timeline, countermeasures. */
    public String pageStorage() {
        DateTimeFormatter typed = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        StringBuilder out = new StringBuilder(FULL_PAGE_DETAILS.formatted(
                entries.get(entries.size() / 2).time().format(typed), entries.get(entries.size() - 1).time().format(typed)));
        out.append("<h2>Timeline</h2>\n<ac:structured-macro ac:name=\"incident-timeline\" ac:schema-version=\"1\" "
                + "ac:macro-id=\"2f1b1c1e-0002-4a55-9a55-000000000002\"><ac:rich-text-body><table><tbody>\n"
                + "<tr><th>Time</th><th>Event</th><th>Evidence</th><th>Kind</th></tr>\n");
        for (Entry e : entries) {
            out.append("<tr><td><p>");
            if (e.withDate()) {
                out.append("<time datetime=\"").append(e.time().toLocalDate()).append("\" /> ");
            }
            out.append(clock(e)).append("</p></td><td><p><ac:link><ri:user ri:userkey=\"")
                    .append(USER_KEYS[e.user()]).append("\" /></ac:link> ").append(e.action()).append(" <code>")
                    .append(e.service()).append("</code>");
            if (e.jiraIssue() > 0) {
                out.append(" (<ac:structured-macro ac:name=\"jira\" ac:schema-version=\"1\"><ac:parameter "
                        + "ac:name=\"key\">OPS-").append(e.jiraIssue()).append("</ac:parameter></ac:structured-macro>)");
            }
            out.append(", see <a href=\"https://runbooks.example.com/").append(e.service())
                    .append("\">runbook</a></p></td><td>");
            if (!e.evidence().isEmpty()) {
                out.append("<p><a href=\"").append(e.evidence().replace("&", "&amp;")).append("\">dashboard</a></p>");
            }
            out.append("</td><td><p>").append(KINDS[e.kind()]).append("</p></td></tr>\n");
        }
        out.append("</tbody></table></ac:rich-text-body></ac:structured-macro>\n");
        out.append(countermeasures == 0 ? COUNTERMEASURES : countermeasures());
        return out.toString();
    }

    private String countermeasures() {
        StringBuilder out = new StringBuilder("<h2>Countermeasures</h2>\n<ac:structured-macro ac:name=\"countermeasures\" "
                + "ac:schema-version=\"1\" ac:macro-id=\"2f1b1c1e-0003-4a55-9a55-000000000003\"><ac:rich-text-body>"
                + "<table><thead><tr><th>Countermeasure</th><th>Owner</th><th>Due</th><th>Priority</th><th>Type</th>"
                + "<th>Jira</th></tr></thead><tbody>\n");
        for (int i = 0; i < countermeasures; i++) {
            out.append("<tr><td><p>").append(MEASURES[i % MEASURES.length]).append(" (").append(i + 1)
                    .append(")</p></td><td><p><ac:link><ri:user ri:userkey=\"").append(USER_KEYS[i % USER_KEYS.length])
                    .append("\" /></ac:link></p></td><td><p><time datetime=\"")
                    .append(START.toLocalDate().plusDays(20 + 3L * i)).append("\" /></p></td><td><p>P")
                    .append(1 + i % 4).append("</p></td><td><p>").append(TYPES[i % TYPES.length]).append("</p></td><td>");
            if (i % 3 == 0) {
                out.append("<p><ac:structured-macro ac:name=\"jira\" ac:schema-version=\"1\"><ac:parameter "
                        + "ac:name=\"key\">OPS-").append(2000 + i).append("</ac:parameter></ac:structured-macro></p>");
            }
            out.append("</td></tr>\n");
        }
        return out.append("</tbody></table></ac:rich-text-body></ac:structured-macro>\n").toString();
    }

    private static String clock(Entry e) {
        return e.time().format(DateTimeFormatter.ofPattern(e.withSeconds() ? "HH:mm:ss" : "HH:mm"));
    }

    private static final String FULL_PAGE_DETAILS = """
            <h1>Summary</h1>
            <p>Checkout failed for about a day and a half after a database failover.</p>
            <ac:structured-macro ac:name="postmortem-details" ac:schema-version="1" ac:macro-id="2f1b1c1e-0001-4a55-9a55-000000000001">
              <ac:rich-text-body>
                <table class="relative-table wrapped">
                  <colgroup><col /><col /></colgroup>
                  <tbody>
                    <tr><th><p>Title</p></th><td><p>Checkout outage after database failover</p></td></tr>
                    <tr><th><p>Severity</p></th><td><p>SEV2 &ndash; major</p></td></tr>
                    <tr><th><p>Status</p></th><td><p>In review</p></td></tr>
                    <tr><th><p>Time zone</p></th><td><p>Europe/Berlin</p></td></tr>
                    <tr><th><p>Start</p></th><td><p>2026-10-04 15:39</p></td></tr>
                    <tr><th><p>First user impact</p></th><td><p>15:41</p></td></tr>
                    <tr><th><p>Detected</p></th><td><p>15:45</p></td></tr>
                    <tr><th><p>First user report</p></th><td><p>15:50</p></td></tr>
                    <tr><th><p>Hotfix</p></th><td><p>%1$s</p></td></tr>
                    <tr><th><p>End</p></th><td><p>%2$s</p></td></tr>
                    <tr><th><p>Meeting date</p></th><td><p><time datetime="2026-10-08" /></p></td></tr>
                    <tr><th><p>Contact</p></th><td><p><ac:link><ri:user ri:userkey="8a7f808a6a1b2c3d016a1b2c3d4e0001" /></ac:link></p></td></tr>
                    <tr><th><p>Created by</p></th><td><p><ac:link><ri:user ri:userkey="8a7f808a6a1b2c3d016a1b2c3d4e0002" /></ac:link></p></td></tr>
                    <tr><th><p>Facilitated by</p></th><td><p><ac:link><ri:user ri:userkey="8a7f808a6a1b2c3d016a1b2c3d4e0003" /></ac:link>&nbsp;</p></td></tr>
                    <tr><th><p>Incident ticket</p></th><td><p><ac:structured-macro ac:name="jira" ac:schema-version="1" ac:macro-id="9c0e1d2a-0001-4b00-8000-000000000042"><ac:parameter ac:name="server">Company Jira</ac:parameter><ac:parameter ac:name="key">INC-42</ac:parameter></ac:structured-macro></p></td></tr>
                    <tr><th><p>Tags</p></th><td><p>database, outage; Payments</p></td></tr>
                  </tbody>
                </table>
              </ac:rich-text-body>
            </ac:structured-macro>
            """;

    private static final String COUNTERMEASURES = """
            <h2>Countermeasures</h2>
            <ac:structured-macro ac:name="countermeasures" ac:schema-version="1" ac:macro-id="2f1b1c1e-0003-4a55-9a55-000000000003">
              <ac:rich-text-body>
                <table>
                  <thead>
                    <tr><th>Countermeasure</th><th>Owner</th><th>Due</th><th>Priority</th><th>Type</th><th>Jira</th></tr>
                  </thead>
                  <tbody>
                    <tr><td><p>Alert on replica lag above 5&nbsp;s</p></td><td><p><ac:link><ri:user ri:userkey="8a7f808a6a1b2c3d016a1b2c3d4e0001" /></ac:link></p></td><td><p><time datetime="2026-11-01" /></p></td><td><p>P1</p></td><td><p>Detect</p></td><td><p><ac:structured-macro ac:name="jira" ac:schema-version="1"><ac:parameter ac:name="key">OPS-101</ac:parameter></ac:structured-macro></p></td></tr>
                    <tr><td><p>Make the connection pool reconnect after failover</p></td><td><p><ac:link><ri:user ri:userkey="8a7f808a6a1b2c3d016a1b2c3d4e0002" /></ac:link></p></td><td><p><time datetime="2026-11-15" /></p></td><td><p>P2</p></td><td><p>Prevent</p></td><td></td></tr>
                  </tbody>
                </table>
              </ac:rich-text-body>
            </ac:structured-macro>
            """;
}
