package io.github.postmortems.confluence.macro;

import io.github.postmortems.review.SloPolicyStore;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import io.github.postmortems.confluence.jira.SalDirectory;
import io.github.postmortems.digest.DigestLinks;
import io.github.postmortems.digest.DigestMail;
import io.github.postmortems.digest.OutgoingMail;
import io.github.postmortems.digest.WeeklyDigest;
import io.github.postmortems.digest.memory.FixedApprovalRules;
import io.github.postmortems.digest.memory.InMemoryDigestSettings;
import io.github.postmortems.digest.memory.InMemoryMailHost;
import io.github.postmortems.digest.memory.InMemoryPeople;
import io.github.postmortems.index.AoOwnerDues;
import io.github.postmortems.index.AoPostmortemIndex;
import io.github.postmortems.index.AoReviewQueue;
import io.github.postmortems.index.AoReviews;
import io.github.postmortems.index.AoWordingStore;
import io.github.postmortems.index.testing.TestDatabase;
import io.github.postmortems.jira.CreateJiraIssues;
import io.github.postmortems.jira.JiraClient;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.ReconcileTrackedIssues;
import io.github.postmortems.jira.RetryPolicy;
import io.github.postmortems.jira.RetryingTransport;
import io.github.postmortems.jira.Timeouts;
import io.github.postmortems.jira.TokenTransport;
import io.github.postmortems.jira.WriteBackJiraKeys;
import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.jira.memory.FixedConnections;
import io.github.postmortems.jira.memory.FixedSettings;
import io.github.postmortems.jira.memory.InMemoryPages;
import io.github.postmortems.postmortem.PostmortemStatus;
import io.github.postmortems.report.IndexPostmortemPage;
import io.github.postmortems.report.PostmortemSummary;
import io.github.postmortems.review.ApprovalRules;
import io.github.postmortems.review.Person;
import io.github.postmortems.review.ReviewPages;
import io.github.postmortems.review.ReviewStep;
import io.github.postmortems.review.ReviewSteps;
import io.github.postmortems.review.SettleCountermeasure;
import io.github.postmortems.review.Verification;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.text.BundleMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.UnaryOperator;

import static io.github.postmortems.confluence.macro.MacroFixture.sample;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;

/**
 * One postmortem through its whole life, on the real parts the app has: the page as written after the incident
 * (a draft SEV2 with three countermeasures), its Jira issues created in the fake Jira over loopback HTTP and their keys
 * written back, the page indexed into Active Objects on H2, a review requested, the weekly digest on the Monday after,
 * two approvals (SEV2 needs two), publishing, Jira's Done arriving back through the reconcile, the follow-up review's
 * reminder, two countermeasures verified and one declined in their Status cells, and a digest with nothing left to say.
 */
class PostmortemLifeTest {

    private static final long PAGE = 98_305L;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String JO = "8a7f808a6a1b2c3d016a1b2c3d4e0001";
    private static final String ALEX = "8a7f808a6a1b2c3d016a1b2c3d4e0002";
    private static final String KIM = "8a7f808a6a1b2c3d016a1b2c3d4e0003";

    private final MacroFixture fixture = MacroFixture.withPlainHosts();
    private final StorageReader reader = new StorageReader();
    private final Time time = new Time(Instant.parse("2026-11-02T09:00:00Z"));
    private final InMemoryMailHost mail = new InMemoryMailHost();
    private final InMemoryDigestSettings digestSettings = new InMemoryDigestSettings();
    private final FixedApprovalRules rules = new FixedApprovalRules();
    private final InMemoryPeople people = new InMemoryPeople()
            .user(JO, "jdoe", "Jo Doe", "jo.doe@example.com", Locale.ENGLISH)
            .user(ALEX, "asmith", "Alex Smith", "alex.smith@example.com", Locale.GERMAN)
            .user(KIM, "kwong", "Kim Wong", "kim.wong@example.com", Locale.FRENCH)
            .user("k-lee", "lee", "Lee Lead", "lee@example.com", Locale.ENGLISH)
            .user("k-sam", "sam", "Sam Senior", "sam@example.com", Locale.ENGLISH);
    private FakeJira jira;
    private InMemoryPages pages;
    private ActiveObjects ao;
    private CreateJiraIssues create;
    private WriteBackJiraKeys writeBack;
    private ReconcileTrackedIssues reconcile;
    private IndexPostmortemPage indexing;
    private ReviewSteps review;
    private MockedStatic<AuthenticatedUserThreadLocal> signedIn;

    @BeforeEach
    void aPostmortemWrittenAfterTheIncident() {
        jira = FakeJira.start().project("OPS", "Task");
        jira.user("jdoe", "Jo Doe", "jo.doe@example.com");
        jira.user("asmith", "Alex Smith", "alex.smith@example.com");
        // The sample page as its authors left it: a draft, no Jira issue yet.
        String written = sample("full-page.xml").replace("<p>In review</p>", "<p>Draft</p>")
                .replaceFirst("<ac:structured-macro ac:name=\"jira\" ac:schema-version=\"1\"><ac:parameter "
                        + "ac:name=\"server\">Company Jira</ac:parameter><ac:parameter ac:name=\"key\">OPS-101"
                        + "</ac:parameter></ac:structured-macro>", "");
        // New postmortems have a Status column for verified and won't do, and a follow-up review day.
        int board = written.indexOf("ac:name=\"countermeasures\"");
        written = written.substring(0, board) + written.substring(board)
                .replace("<th>Jira</th></tr>", "<th>Jira</th><th>Status</th></tr>")
                .replace("</td></tr>", "</td><td></td></tr>")
                + "<h2>Review and follow-up</h2><p><strong>Follow-up review:</strong> <time datetime=\"2026-11-30\" />"
                + "</p>";
        pages = new InMemoryPages().page(PAGE, "Postmortem: checkout outage", written);
        FixedSettings settings = new FixedSettings(new JiraSettings(new JiraSettings.Connection.Token(jira.baseUrl(),
                FakeJira.TOKEN), "OPS", "Task", Map.of(), Duration.ofMinutes(10), ""));
        JiraClient client = new JiraClient(RetryingTransport.around(new TokenTransport(jira.baseUrl(), FakeJira.TOKEN,
                new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))), RetryPolicy.noRetries()));
        FixedConnections connections = new FixedConnections(client);
        create = new CreateJiraIssues(pages, new SalDirectory(fixture.users), connections, settings, fixture.ledger,
                fixture.tracked, reader, time, SloPolicyStore.DEFAULTS);
        writeBack = new WriteBackJiraKeys(pages, fixture.ledger, reader, time);
        reconcile = new ReconcileTrackedIssues(fixture.tracked, connections, time);
        ao = TestDatabase.h2().emptied();
        indexing = new IndexPostmortemPage(pages, reader, fixture.tracked, new AoPostmortemIndex(ao), settings, time,
                new AoWordingStore(ao), new AoOwnerDues(ao));
        rules.saveSite(new ApprovalRules(Set.of("lee", "sam"), Set.of(), ApprovalRules.siteDefaults().approvals()));
        review = new ReviewSteps(new AoReviews(ao), rules, new PagesUnderReview(pages), reader, time);
        signedIn = mockStatic(AuthenticatedUserThreadLocal.class);
        signedIn.when(AuthenticatedUserThreadLocal::get).thenReturn(mock(ConfluenceUser.class));
    }

    @AfterEach
    void stop() {
        signedIn.close();
        jira.close();
    }

    @Test
    void fromDraftToPublishedWithItsCountermeasuresTrackedInJiraAndItsPeopleReminded() {
        // Monday 2 November: the countermeasures become Jira issues, their keys written into their rows.
        List<CreateJiraIssues.PlannedRow> plan = create.plan(PAGE);
        plan.forEach(row -> create.create(PAGE, row.rowId(), BundleMessages.english()));
        writeBack.writeBack(PAGE, BundleMessages.english());
        indexing.index(PAGE);
        assertAll("issues",
                () -> assertEquals(3, jira.issues().size()),
                () -> assertEquals(3, reader.readPage(pages.storage(PAGE), context()).countermeasures().stream()
                        .filter(row -> row.countermeasure().jiraKeyIfSet().isPresent()).count(),
                        "every row carries its key"),
                () -> assertEquals(PostmortemStatus.DRAFT, summary().status()));

        // Kim, who facilitated, asks Lee and Sam to review.
        Person kim = new Person(KIM, "kwong", Set.of(), true);
        ReviewSteps.Result requested = review.take(PAGE, kim,
                new ReviewStep.RequestReview(List.of("k-lee", "k-sam")), BundleMessages.english(), BERLIN);
        assertInstanceOf(ReviewSteps.Result.Taken.class, requested);
        indexing.index(PAGE);
        assertEquals(PostmortemStatus.IN_REVIEW, summary().status(), "the index reads the status the step wrote");

        // Monday 9 November, 08:30 in Berlin: the weekly digest.
        time.set(Instant.parse("2026-11-09T07:30:00Z"));
        WeeklyDigest.Report week = digest();
        OutgoingMail jo = mail.to("jo.doe@example.com").orElseThrow();
        OutgoingMail alex = mail.to("alex.smith@example.com").orElseThrow();
        OutgoingMail leesMail = mail.to("lee@example.com").orElseThrow();
        assertAll("the digest",
                () -> assertEquals(WeeklyDigest.Outcome.SENT, week.outcome()),
                () -> assertTrue(jo.html().contains("Alert on replica lag above 5"), "Jo's overdue countermeasure"),
                () -> assertTrue(alex.html().contains("Make the connection pool reconnect"), "Alex's, due this week"),
                () -> assertTrue(alex.html().contains("In den n\u00e4chsten 7 Tagen f\u00e4llig"), "in German"),
                () -> assertTrue(leesMail.html().contains("Waiting for review"), "an approver"),
                () -> assertTrue(mail.to("kim.wong@example.com").orElseThrow().html().contains("Postmortem: checkout"),
                        "the facilitator"));

        // Lee approves; SEV2 needs a second approval, so it stays in review until Sam's.
        Person lee = new Person("k-lee", "lee", Set.of(), false);
        Person sam = new Person("k-sam", "sam", Set.of(), false);
        review.take(PAGE, lee, new ReviewStep.Approve("Clear timeline."), BundleMessages.english(), BERLIN);
        assertEquals(PostmortemStatus.IN_REVIEW, statusOnPage());
        review.take(PAGE, sam, new ReviewStep.Approve("Agreed."), BundleMessages.english(), BERLIN);
        assertEquals(PostmortemStatus.APPROVED, statusOnPage());
        ReviewSteps.Result published = review.take(PAGE, kim, new ReviewStep.Publish(), BundleMessages.english(),
                BERLIN);
        assertInstanceOf(ReviewSteps.Result.Taken.class, published);
        indexing.index(PAGE);
        String page = pages.storage(PAGE);
        assertAll("published",
                () -> assertEquals(PostmortemStatus.PUBLISHED, statusOnPage()),
                () -> assertEquals(PostmortemStatus.PUBLISHED, summary().status()),
                () -> assertEquals(List.of("Review requested", "Approved", "Approved", "Published"),
                        decisions(page.substring(page.indexOf("<h2>Approvals</h2>"))),
                        "one Approvals row per step, in order"),
                () -> assertTrue(page.contains("<h2>Approvals</h2>"), "the section the first step added"));

        // Jira's Done comes back for two of them; the board's numbers follow at the next indexing.
        List<CreateJiraIssues.PlannedRow> rows = create.plan(PAGE);
        rows.stream().limit(2).forEach(row -> jira.transition(row.key().toString(), "Done"));
        time.set(Instant.parse("2026-11-20T09:00:00Z"));
        reconcile.reconcileAll();
        indexing.index(PAGE);
        assertAll("two done",
                () -> assertEquals(1, summary().countermeasures().open()),
                () -> assertEquals(2, summary().countermeasures().done()));

        // Monday 30 November, the follow-up review: Kim is reminded that done countermeasures wait to be verified.
        int sentBefore = mail.sent().size();
        time.set(Instant.parse("2026-11-30T07:30:00Z"));
        digest();
        List<OutgoingMail> followUp = mail.sent().subList(sentBefore, mail.sent().size());
        assertTrue(followUp.stream().anyMatch(sent -> sent.to().equals("kim.wong@example.com")
                && sent.html().contains("Revue de suivi d\u00e9pass\u00e9e")), "the facilitator, in French");

        // At the review, Kim confirms the two done ones work and declines the third, each in the row's Status cell.
        SettleCountermeasure settle = new SettleCountermeasure(pages, fixture.tracked, reader, time);
        UserRef kimsKey = new UserRef.ByKey(KIM);
        assertAll("settled",
                () -> assertTrue(settle.settle(PAGE, rows.get(0).rowId(), Verification.Kind.VERIFIED,
                        "No lag page in 30 days", kimsKey, BERLIN, BundleMessages.english()).changed()),
                () -> assertTrue(settle.settle(PAGE, rows.get(1).rowId(), Verification.Kind.VERIFIED,
                        "Failover drill passed", kimsKey, BERLIN, BundleMessages.english()).changed()),
                () -> assertTrue(settle.settle(PAGE, rows.get(2).rowId(), Verification.Kind.WONT_DO,
                        "Replaced by the quarterly drill", kimsKey, BERLIN, BundleMessages.english()).changed()));
        indexing.index(PAGE);
        assertAll("closed",
                () -> assertEquals(0, summary().countermeasures().open()),
                () -> assertEquals(2, summary().countermeasures().total(), "a declined one is not counted"),
                () -> assertTrue(pages.storage(PAGE).contains("Replaced by the quarterly drill"), "on the page"));

        int sentAfter = mail.sent().size();
        time.set(Instant.parse("2026-12-07T07:30:00Z"));
        digest();
        assertEquals(List.of(), mail.sent().subList(sentAfter, mail.sent().size()),
                "nothing left to remind anyone of: published, verified or declined, follow-up held");
    }

    private WeeklyDigest.Report digest() {
        return new WeeklyDigest(digestSettings, new AoOwnerDues(ao), new AoReviewQueue(ao), rules,
                new WeeklyDigest.Audience(people, digestSettings), new DigestMail(new DigestLinks() {
                    @Override
                    public String page(long pageId) {
                        return "https://wiki.example.com/pages/viewpage.action?pageId=" + pageId;
                    }

                    @Override
                    public String stop(String userKey) {
                        return "https://wiki.example.com/plugins/servlet/postmortems/digest?user=" + userKey;
                    }
                }), locale -> BundleMessages.of(locale.getLanguage()), mail, time, () -> BERLIN).run();
    }

    private PostmortemSummary summary() {
        return new AoPostmortemIndex(ao).byPage(PAGE).orElseThrow();
    }

    private PostmortemStatus statusOnPage() {
        return reader.readPage(pages.storage(PAGE), context()).details().orElseThrow().status();
    }

    private static io.github.postmortems.storage.ReadingContext context() {
        return io.github.postmortems.storage.ReadingContext.inZone(BERLIN);
    }

    /** The Decision column of the Approvals table: its fourth cell in each row. */
    private static List<String> decisions(String approvals) {
        return org.jsoup.Jsoup.parse(approvals, "", org.jsoup.parser.Parser.xmlParser()).select("tr:has(td)").stream()
                .map(row -> row.select("td").get(3).text()).toList();
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    /** The review's pages on the same in-memory pages the Jira bridge writes, as Confluence has one page store. */
    private record PagesUnderReview(InMemoryPages pages) implements ReviewPages {

        @Override
        public Optional<Page> read(long pageId) {
            return pages.read(pageId).map(page -> new Page(pageId, "OPS", page.storage(), pages.versionCount(pageId)));
        }

        @Override
        public OptionalInt write(long pageId, UnaryOperator<String> edit, String comment) {
            return pages.update(pageId, edit, comment) ? OptionalInt.of(pages.versionCount(pageId))
                    : OptionalInt.empty();
        }
    }

    /** A clock the test moves: days pass between the steps of a postmortem's life. */
    private static final class Time extends Clock {
        private volatile Instant now;

        Time(Instant start) {
            this.now = start;
        }

        void set(Instant later) {
            now = later;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
