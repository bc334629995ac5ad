package io.github.postmortems.confluence.macro;

import io.github.postmortems.review.SloPolicyStore;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.google.gson.JsonParser;
import io.github.postmortems.confluence.HostPages;
import io.github.postmortems.confluence.rest.PostmortemListRowsResource;
import io.github.postmortems.index.AoPostmortemIndex;
import io.github.postmortems.index.testing.TestDatabase;
import io.github.postmortems.jira.RowIds;
import io.github.postmortems.jira.RowRef;
import io.github.postmortems.jira.StatusCategory;
import io.github.postmortems.jira.TrackedIssue;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.Tags;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.report.ListPostmortems;
import io.github.postmortems.report.ListSamples;
import io.github.postmortems.report.PostmortemSummary;
import io.github.postmortems.storage.CountermeasureRow;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.StorageReader;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.MockedStatic;

import javax.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.github.postmortems.confluence.macro.MacroFixture.body;
import static io.github.postmortems.confluence.macro.MacroFixture.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

/**
 * Hostile markup typed, pasted or produced by the HTML macro, pushed through every field every macro renders (and
 * every field Jira or the index hands back), in page views and static output: nothing in the output runs. Text that
 * only looks like markup or like a template stays text.
 */
class HostileMarkupTest {

    /** Each as live markup (the HTML macro's output, storage edited by hand) and as typed text, side by side. */
    private static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(2)>",
            "<a href=\"javascript:alert(3)\">js</a>",
            "<iframe src=\"https://evil.example.com/\"></iframe>",
            "<svg onload=alert(4)><circle r=\"1\"/></svg>",
            "<style>body{background:url(javascript:alert(5))}</style>",
            "<object data=\"javascript:alert(6)\"></object><embed src=\"javascript:alert(7)\">",
            "<span style=\"background:url(javascript:alert(8));width:expression(alert(9))\">styled</span>",
            "<div class=\"confluence-information-macro\"><a href=\"data:text/html,x\" onclick=\"alert(10)\">html macro</a></div>",
            "\"><script>alert(11)</script>",
            "' onmouseover='alert(12)' x='");
    /** Text that must reach the reader literally: Velocity and Angular-looking text, and escaped markup. */
    private static final String TEMPLATE_TEXT = "{{constructor.constructor('alert(13)')()}} $!{viewer} #set($x = 1)";
    private static final String ESCAPED_SCRIPT = "&lt;script&gt;alert(14)&lt;/script&gt;";

    private static final List<String> DETAIL_FIELDS = List.of("Title", "Severity", "Status", "Time zone", "Start",
            "Detected", "End", "Meeting date", "Contact", "Created by", "Facilitated by", "Incident ticket", "Tags");
    private static final long PAGE = 98_305L;

    private final MacroFixture fixture = new MacroFixture();
    private final ConfluenceUser editor = mock(ConfluenceUser.class);
    private MockedStatic<AuthenticatedUserThreadLocal> currentUser;

    @BeforeEach
    void signedInAsAnEditorWhoMaySeeEverything() {
        currentUser = mockStatic(AuthenticatedUserThreadLocal.class);
        currentUser.when(AuthenticatedUserThreadLocal::get).thenReturn(editor);
        when(fixture.permissions.hasPermission(any(), any(), any())).thenReturn(true);
    }

    @AfterEach
    void signOut() {
        currentUser.close();
    }

    /** One cell's content: every hostile piece as markup, then as text, then the literal-looking texts. */
    private static String hostileCell() {
        StringBuilder cell = new StringBuilder("<p>");
        for (String piece : HOSTILE) {
            cell.append(piece).append(' ').append(Parser.unescapeEntities(piece, false).replace("&", "&amp;")
                    .replace("<", "&lt;").replace(">", "&gt;")).append(' ');
        }
        return cell.append(TEMPLATE_TEXT).append(' ').append(ESCAPED_SCRIPT).append("</p>").toString();
    }

    /** A page with every field of every macro hostile, in the template's own shape. */
    private static String hostilePage() {
        String cell = hostileCell();
        StringBuilder details = new StringBuilder();
        for (String field : DETAIL_FIELDS) {
            details.append("<tr><th><p>").append(field).append("</p></th><td>").append(cell).append("</td></tr>");
        }
        details.append("<tr><th>").append(cell).append("</th><td>").append(cell).append("</td></tr>");
        String timelineRow = "<tr><td>" + cell + "</td><td>" + cell + "</td><td>" + cell + "</td><td>" + cell + "</td></tr>"
                + "<tr><td><p>2026-10-04 15:39 UTC</p></td><td>" + cell + "</td><td><p><a href=\"javascript:alert(15)\">"
                + "graph</a></p></td><td>" + cell + "</td></tr>"
                + "<tr><td><p>2026-10-04 15:45 UTC</p></td><td>" + cell + "</td><td><ac:link><ri:page ri:content-title=\""
                + "&quot;&gt;&lt;script&gt;alert(16)&lt;/script&gt;\" /></ac:link></td><td></td></tr>";
        String countermeasureRow = "<tr><td>" + cell + "</td><td>" + cell + "</td><td>" + cell + "</td><td>" + cell
                + "</td><td>" + cell + "</td><td><p>OPS-101</p></td></tr>"
                + "<tr><td>" + cell + "</td><td>" + cell + "</td><td>" + cell + "</td><td>" + cell + "</td><td>" + cell
                + "</td><td>" + cell + "</td></tr>";
        return macro("postmortem-details", "<table><tbody>" + details + "</tbody></table>")
                + macro("incident-timeline", "<table><tbody><tr><th>Time</th><th>Event</th><th>Evidence</th>"
                        + "<th>Kind</th></tr>" + timelineRow + "</tbody></table>")
                + macro("countermeasures", "<table><tbody><tr><th>Countermeasure</th><th>Owner</th><th>Due</th>"
                        + "<th>Priority</th><th>Type</th><th>Jira</th></tr>" + countermeasureRow + "</tbody></table>");
    }

    private static String macro(String name, String body) {
        return "<ac:structured-macro ac:name=\"" + name + "\" ac:schema-version=\"1\"><ac:rich-text-body>" + body
                + "</ac:rich-text-body></ac:structured-macro>";
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"display", "pdf", "email"})
    void theDetailsCardRendersHostileFieldsAsText(String output) {
        String page = hostilePage();
        String rendered = fixture.detailsMacro().execute(Map.of(), body(page, "postmortem-details"),
                MacroFixture.context(output, page));
        assertNothingRuns(rendered, "postmortem-details, " + output);
        assertTextStaysText(rendered);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"display", "pdf", "email"})
    void theTimelineRendersHostileTimesEventsEvidenceAndKindsAsText(String output) {
        String page = hostilePage();
        String rendered = fixture.timelineMacro().execute(Map.of("timezone", hostileCell()),
                body(page, "incident-timeline"), MacroFixture.context(output, page));
        assertNothingRuns(rendered, "incident-timeline, " + output);
        assertTextStaysText(rendered);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"display", "pdf", "email"})
    void theCountermeasuresBoardRendersHostileFieldsAndWhatJiraSaysAsText(String output) {
        String page = hostilePage();
        List<CountermeasureRow> read = new StorageReader().readPage(page, ReadingContext.inZone(ZoneOffset.UTC))
                .countermeasures();
        List<RowRef> rows = RowIds.assign(PAGE, read.stream().map(CountermeasureRow::countermeasure).toList());
        String jira = Parser.unescapeEntities(hostileCell(), false);
        fixture.tracked.save(new TrackedIssue(rows.get(0), IssueKey.parse("OPS-101").orElseThrow(), jira,
                StatusCategory.IN_PROGRESS, jira, jira, LocalDate.of(2026, 12, 1), null,
                Instant.parse("2026-11-21T09:00:00Z"), jira, TrackedIssue.CREATED));
        String rendered = fixture.countermeasuresMacro().execute(Map.of(), body(page, "countermeasures"),
                MacroFixture.context(output, page));
        assertNothingRuns(rendered, "countermeasures, " + output);
        assertTextStaysText(rendered);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"display", "pdf", "email"})
    void theListRendersHostileTitlesTagsPeopleAndSeveritiesAsText(String output) {
        AoPostmortemIndex index = new AoPostmortemIndex(TestDatabase.h2().emptied());
        String text = Parser.unescapeEntities(hostileCell(), false);
        List<PostmortemSummary> summaries = new ArrayList<>();
        for (long id = 1; id <= 3; id++) {
            PostmortemSummary s = ListSamples.summary(id, "OPS", text);
            summaries.add(new PostmortemSummary(s.pageId(), s.spaceKey(), text, text, 2, s.status(),
                    s.start(), s.detected(), s.ended(), s.timeToDetect(), s.timeToResolve(), s.zone(),
                    new UserRef.Named(text), new UserRef.ByUsername(text), new UserRef.Named(text),
                    new Tags(List.of(text, "postmortem")), s.countermeasures(), s.indexedAt()));
        }
        for (PostmortemSummary summary : summaries) {
            index.upsert(summary);
            Page page = HostPages.current();
            when(fixture.pages.getAbstractPage(summary.pageId())).thenReturn(page);
        }
        when(fixture.spaces.getSpace(any())).thenReturn(mock(Space.class));
        ConversionContext context = MacroFixture.context(output, "");
        String rendered = fixture.listMacro(index).execute(Map.of(), null, context);
        assertNothingRuns(rendered, "postmortem-list, " + output);
        assertEquals(3, html(rendered).select(".pm-list__title").size(), rendered);
        assertTrue(html(rendered).selectFirst(".pm-list__title").text().startsWith("<p><script>alert(1)</script>"),
                "a long title is shortened, as text");
        Map<String, String> parameters = new HashMap<>();
        for (String name : List.of("spaces", "labels", "minSeverity", "status", "from", "to", "sort", "columns")) {
            parameters.put(name, text);
        }
        String warned = fixture.listMacro(index).execute(parameters, null, context);
        assertNothingRuns(warned, "postmortem-list parameters, " + output);
        assertTrue(html(warned).select(".pm-failure").isEmpty(), warned);

        // the rows "Show more" fetches, in the same row markup
        PostmortemListRowsResource more = new PostmortemListRowsResource(new ListPostmortems(index, fixture.clock),
                fixture.visibility(), new ListViews(SloPolicyStore.DEFAULTS), fixture.viewers(), fixture.templates());
        Response answer = more.rows("@all", null, null, null, null, null, "title", null, "1", "2");
        String rows = JsonParser.parseString((String) answer.getEntity()).getAsJsonObject().get("rows").getAsString();
        assertEquals(2, html("<table><tbody>" + rows + "</tbody></table>").select("tr").size(), rows);
        assertNothingRuns("<table><tbody>" + rows + "</tbody></table>", "postmortem-list rows");
    }

    /** The literal-looking texts arrive as text: not evaluated by Velocity, not turned back into markup. */
    private static void assertTextStaysText(String rendered) {
        Document page = html(rendered);
        assertTrue(page.text().contains("$!{viewer}"), "Velocity-looking text is shown as typed: " + page.text());
        assertTrue(page.text().contains("<script>alert(14)</script>"), "escaped markup stays text: " + page.text());
    }

    /** No element, attribute, link or style in the output can run script or load anything active. */
    static void assertNothingRuns(String rendered, String where) {
        Document page = html(rendered);
        List<String> found = new ArrayList<>();
        for (Element e : page.getAllElements()) {
            boolean ourChart = e.normalName().equals("svg") && e.parent() != null
                    && e.parent().hasClass("pm-list__chart");
            if (!ourChart && List.of("script", "iframe", "frame", "frameset", "object", "embed", "style", "svg",
                    "math", "base", "link", "meta", "form", "foreignobject").contains(e.normalName())) {
                found.add("<" + e.normalName() + ">");
            }
            for (Attribute attribute : e.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    found.add(e.normalName() + " " + name);
                }
                if (List.of("href", "src", "action", "formaction", "data", "xlink:href", "srcdoc").contains(name)
                        && !safeTarget(value)) {
                    found.add(e.normalName() + " " + name + "=" + value);
                }
                if (name.equals("style") && (value.contains("url(") || value.contains("expression(")
                        || value.contains("javascript:"))) {
                    found.add(e.normalName() + " style=" + value);
                }
            }
        }
        assertEquals(List.of(), found, where + ": " + rendered);
    }

    /** http(s), mailto, a path on this site, or a fragment. */
    private static boolean safeTarget(String value) {
        if (value.isEmpty() || value.startsWith("#")) {
            return true;
        }
        if (value.startsWith("/")) {
            return !value.startsWith("//");
        }
        return List.of("http://", "https://", "mailto:").stream().anyMatch(value::startsWith);
    }
}
