package io.github.postmortems.digest;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.postmortems.digest.memory.FixedApprovalRules;
import io.github.postmortems.digest.memory.InMemoryDigestSettings;
import io.github.postmortems.digest.memory.InMemoryMailHost;
import io.github.postmortems.digest.memory.InMemoryPeople;
import io.github.postmortems.index.AoOwnerDues;
import io.github.postmortems.index.AoPostmortemIndex;
import io.github.postmortems.index.AoReviewQueue;
import io.github.postmortems.index.AoWordingStore;
import io.github.postmortems.index.testing.TestDatabase;
import io.github.postmortems.jira.memory.FixedSettings;
import io.github.postmortems.jira.memory.InMemoryPages;
import io.github.postmortems.jira.memory.InMemoryTrackedIssues;
import io.github.postmortems.report.IndexPostmortemPage;
import io.github.postmortems.review.ApprovalRules;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.text.BundleMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The digest from a page to the mails: a postmortem page is indexed as Confluence's page events would have it (the
 * real reader, Active Objects on a real database), then the weekly job runs against an in-memory mail host. One
 * subclass per database.
 */
abstract class DigestEndToEndContract {

    private static final long PAGE = 4711;
    /** Monday 9 November 2026, 08:30 in Berlin: the sample's first countermeasure (1 Nov) is overdue, its second (15 Nov) due within 7 days. */
    private static final Instant MONDAY = Instant.parse("2026-11-09T07:30:00Z");
    private static final String OWNER_1 = "8a7f808a6a1b2c3d016a1b2c3d4e0001";
    private static final String OWNER_2 = "8a7f808a6a1b2c3d016a1b2c3d4e0002";
    private static final String FACILITATOR = "8a7f808a6a1b2c3d016a1b2c3d4e0003";

    private final InMemoryPages pages = new InMemoryPages();
    private final InMemoryMailHost mail = new InMemoryMailHost();
    private final InMemoryDigestSettings settings = new InMemoryDigestSettings();
    private final FixedApprovalRules rules = new FixedApprovalRules();
    private final InMemoryPeople people = new InMemoryPeople()
            .user(OWNER_1, "alex", "Alex Ops", "alex@example.com", Locale.ENGLISH)
            .user(OWNER_2, "bernd", "Bernd Bauer", "bernd@example.com", Locale.GERMAN)
            .user(FACILITATOR, "fleur", "Fleur Martin", "fleur@example.com", Locale.FRENCH)
            .user("approver-key", "pia", "Pia Approver", "pia@example.com", Locale.ENGLISH);
    private ActiveObjects ao;
    private IndexPostmortemPage indexing;

    abstract TestDatabase database();

    @BeforeEach
    void emptyDatabase() {
        ao = database().emptied();
        indexing = new IndexPostmortemPage(pages, new StorageReader(), new InMemoryTrackedIssues(),
                new AoPostmortemIndex(ao), FixedSettings.project("OPS"),
                Clock.fixed(MONDAY, ZoneId.of("Europe/Berlin")), new AoWordingStore(ao), new AoOwnerDues(ao));
    }

    private WeeklyDigest.Report runDigest(Instant now) {
        return new WeeklyDigest(settings, new AoOwnerDues(ao), new AoReviewQueue(ao), rules,
                new WeeklyDigest.Audience(people, settings), new DigestMail(new DigestLinks() {
                    @Override
                    public String page(long pageId) {
                        return "https://wiki.example.com/pages/viewpage.action?pageId=" + pageId;
                    }

                    @Override
                    public String stop(String userKey) {
                        return "https://wiki.example.com/plugins/servlet/postmortems/digest?user=" + userKey + "&token=t";
                    }
                }), locale -> BundleMessages.of(locale.getLanguage()), mail, Clock.fixed(now, ZoneId.of("UTC")),
                () -> ZoneId.of("Europe/Berlin")).run();
    }

    @Test
    void anIndexedPostmortemInReviewGivesEachOwnerFacilitatorAndApproverTheirDigestInTheirLanguage() {
        rules.saveSite(new ApprovalRules(Set.of("pia"), Set.of(), Map.of(1, 1)));
        pages.page(PAGE, "Postmortem: checkout outage", sample("full-page.xml"));
        indexing.index(PAGE);

        WeeklyDigest.Report report = runDigest(MONDAY);

        OutgoingMail alex = mail.to("alex@example.com").orElseThrow();
        OutgoingMail bernd = mail.to("bernd@example.com").orElseThrow();
        OutgoingMail fleur = mail.to("fleur@example.com").orElseThrow();
        OutgoingMail pia = mail.to("pia@example.com").orElseThrow();
        assertAll(
                () -> assertEquals(new WeeklyDigest.Report(WeeklyDigest.Outcome.SENT, "2026-W46", 4, 0, 0), report),
                () -> assertTrue(alex.html().contains("Overdue countermeasures"), alex.html()),
                () -> assertTrue(alex.html().contains("Alert on replica lag above 5 s (OPS-101)"), alex.html()),
                () -> assertTrue(alex.html().contains("8 days overdue"), alex.html()),
                () -> assertTrue(alex.html().contains("href=\"https://wiki.example.com/pages/viewpage.action?pageId=4711\""),
                        alex.html()),
                () -> assertTrue(bernd.html().contains("In den n\u00e4chsten 7 Tagen f\u00e4llig"), bernd.html()),
                () -> assertTrue(bernd.html().contains("Make the connection pool reconnect after failover"),
                        bernd.html()),
                () -> assertFalse(bernd.html().contains("replica lag"), "only their own"),
                () -> assertTrue(fleur.html().contains("En attente de relecture"), fleur.html()),
                () -> assertTrue(fleur.html().contains("Postmortem: checkout outage"), fleur.html()),
                () -> assertTrue(pia.html().contains("Waiting for review"), pia.html()),
                () -> assertFalse(mail.sent().stream().anyMatch(m -> m.html().contains("Platform team")),
                        "a team typed as a name receives nothing"),
                () -> assertTrue(alex.html().contains("user=" + OWNER_1 + "&amp;token=t"), "the stop link, escaped"));
    }

    @Test
    void aPublishedPostmortemPastItsFollowUpWithCountermeasuresLeftToVerifyRemindsItsFacilitator() {
        pages.page(PAGE, "Postmortem: checkout outage", sample("full-page.xml").replace("<p>In review</p>",
                "<p>Published</p>") + "<h2>Review and follow-up</h2><p><strong>Follow-up review:</strong> "
                + "<time datetime=\"2026-11-05\" /></p>");
        indexing.index(PAGE);

        runDigest(MONDAY);

        OutgoingMail fleur = mail.to("fleur@example.com").orElseThrow();
        assertAll(
                () -> assertTrue(fleur.html().contains("Revue de suivi d\u00e9pass\u00e9e"), fleur.html()),
                () -> assertFalse(fleur.html().contains("En attente de relecture"), "no longer in review"),
                () -> assertTrue(fleur.html().contains("Postmortem: checkout outage"), fleur.html()));
    }

    @Test
    void aFollowUpStillToComeRemindsNobody() {
        pages.page(PAGE, "Postmortem: checkout outage", sample("full-page.xml").replace("<p>In review</p>",
                "<p>Published</p>") + "<h2>Review and follow-up</h2><p><strong>Follow-up review:</strong> "
                + "<time datetime=\"2026-12-05\" /></p>");
        indexing.index(PAGE);

        runDigest(MONDAY);

        assertEquals(Optional.empty(), mail.to("fleur@example.com"), "the facilitator owns nothing and waits for nothing");
    }

    @Test
    void aCountermeasureTickedDoneOrAPageNoLongerAPostmortemLeavesTheDigest() {
        pages.page(PAGE, "Postmortem: checkout outage", sample("full-page.xml"));
        indexing.index(PAGE);
        pages.page(PAGE, "Postmortem: checkout outage", "<p>Not a postmortem any more</p>");
        indexing.index(PAGE);

        WeeklyDigest.Report report = runDigest(MONDAY);

        assertAll(
                () -> assertEquals(0, report.sent()),
                () -> assertEquals(List.of(), mail.sent()),
                () -> assertEquals(List.of(), new AoOwnerDues(ao).dueBy(java.time.LocalDate.of(2100, 1, 1), 10)));
    }

    @Test
    void aStoppedPersonAndADigestSwitchedOffSendNothingAndTheWeekIsClaimedOnlyWhenSending() {
        pages.page(PAGE, "Postmortem: checkout outage", sample("full-page.xml"));
        indexing.index(PAGE);
        settings.stop(OWNER_1);
        settings.save(new DigestSettings(false, java.time.DayOfWeek.MONDAY));

        assertEquals(WeeklyDigest.Outcome.OFF, runDigest(MONDAY).outcome());
        settings.save(DigestSettings.defaults());
        WeeklyDigest.Report report = runDigest(MONDAY);

        assertAll(
                () -> assertEquals(Optional.of("2026-W46"), settings.lastWeek()),
                () -> assertEquals(1, report.stopped()),
                () -> assertTrue(mail.to("alex@example.com").isEmpty()),
                () -> assertTrue(mail.to("bernd@example.com").isPresent()));
    }

    private static String sample(String name) {
        try (InputStream in = DigestEndToEndContract.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
