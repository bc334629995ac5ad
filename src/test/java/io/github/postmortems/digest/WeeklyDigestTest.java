package io.github.postmortems.digest;

import io.github.postmortems.digest.memory.FixedApprovalRules;
import io.github.postmortems.digest.memory.InMemoryDigestSettings;
import io.github.postmortems.digest.memory.InMemoryMailHost;
import io.github.postmortems.digest.memory.InMemoryPeople;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.review.ApprovalRules;
import io.github.postmortems.text.BundleMessages;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The weekly digest's rules, with every host port in memory: who hears of what, when, in which language, and once. */
class WeeklyDigestTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 9 November 2026, 09:00 in Berlin. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-09T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 9);

    private final InMemoryDigestSettings settings = new InMemoryDigestSettings();
    private final InMemoryMailHost mail = new InMemoryMailHost();
    private final InMemoryPeople people = new InMemoryPeople()
            .user("k-ada", "ada", "Ada Lovelace", "ada@example.com", Locale.ENGLISH)
            .user("k-bea", "bea", "Bea Schmidt", "bea@example.com", Locale.GERMANY)
            .user("k-cle", "cle", "Cl\u00e9ment Roux", "cle@example.com", Locale.FRANCE)
            .user("k-dan", "dan", "Dan Approver", "dan@example.com", new Locale("pt", "BR"));
    private final FixedApprovalRules rules = new FixedApprovalRules();
    private final List<DueCountermeasure> dues = new ArrayList<>();
    private final List<WaitingPostmortem> waiting = new ArrayList<>();

    private WeeklyDigest digest(Instant now) {
        OwnerDues store = new OwnerDues() {
            @Override
            public void replace(long pageId, List<DueCountermeasure> replaced) {
            }

            @Override
            public void remove(long pageId) {
            }

            @Override
            public List<DueCountermeasure> dueBy(LocalDate lastDay, int limit) {
                return dues.stream().filter(due -> !due.due().isAfter(lastDay)).limit(limit).toList();
            }
        };
        return new WeeklyDigest(settings, store, (today, limit) -> List.copyOf(waiting), rules,
                new WeeklyDigest.Audience(people, settings), new DigestMail(new DigestLinks() {
                    @Override
                    public String page(long pageId) {
                        return "https://wiki.example.com/pages/viewpage.action?pageId=" + pageId;
                    }

                    @Override
                    public String stop(String userKey) {
                        return "https://wiki.example.com/plugins/servlet/postmortems/digest?user=" + userKey;
                    }
                }), locale -> BundleMessages.of(Set.of("de", "fr").contains(locale.getLanguage())
                        ? locale.getLanguage() : "en"), mail, Clock.fixed(now, ZoneId.of("UTC")), () -> BERLIN);
    }

    private static DueCountermeasure due(long page, String space, String owner, String text, LocalDate day) {
        return new DueCountermeasure(page, space, "Postmortem " + page, 1, text, new UserRef.ByKey(owner), day, null);
    }

    @Test
    void eachOwnerHearsOfTheirOverdueAndSoonDueCountermeasuresOnly() {
        dues.add(due(1, "OPS", "k-ada", "Alert on replica lag", TODAY.minusDays(8)));
        dues.add(due(1, "OPS", "k-ada", "Reconnect the pool", TODAY.plusDays(7)));
        dues.add(due(2, "OPS", "k-ada", "Far away", TODAY.plusDays(8)));

        WeeklyDigest.Report report = digest(MONDAY_MORNING).run();

        OutgoingMail sent = mail.to("ada@example.com").orElseThrow();
        assertAll(
                () -> assertEquals(new WeeklyDigest.Report(WeeklyDigest.Outcome.SENT, "2026-W46", 1, 0, 0), report),
                () -> assertEquals(1, mail.sent().size()),
                () -> assertTrue(sent.html().contains("Overdue countermeasures"), sent.html()),
                () -> assertTrue(sent.html().contains("Alert on replica lag \u00b7 due Nov 1, 2026, 8 days overdue"),
                        sent.html()),
                () -> assertTrue(sent.html().contains("Due in the next 7 days"), sent.html()),
                () -> assertTrue(sent.html().contains("Reconnect the pool \u00b7 due Nov 16, 2026"), sent.html()),
                () -> assertFalse(sent.html().contains("Far away"), "due in 8 days is not soon"),
                () -> assertTrue(sent.text().contains("Alert on replica lag")),
                () -> assertTrue(sent.html().contains("pageId=1")));
    }

    @Test
    void eachPersonReadsTheDigestInTheirOwnLanguageAndAnUnbundledOneFallsBackToEnglish() {
        dues.add(due(1, "OPS", "k-bea", "Replikationsverzug melden", TODAY.minusDays(1)));
        dues.add(due(1, "OPS", "k-cle", "Alerter sur le retard", TODAY.plusDays(2)));
        dues.add(due(1, "OPS", "k-dan", "Revisar", TODAY.plusDays(2)));

        digest(MONDAY_MORNING).run();

        OutgoingMail bea = mail.to("bea@example.com").orElseThrow();
        OutgoingMail cle = mail.to("cle@example.com").orElseThrow();
        OutgoingMail dan = mail.to("dan@example.com").orElseThrow();
        assertAll(
                () -> assertTrue(bea.html().contains("\u00dcberf\u00e4llige Gegenma\u00dfnahmen"), bea.html()),
                () -> assertTrue(bea.html().contains("seit 1 Tagen \u00fcberf\u00e4llig"), bea.html()),
                () -> assertTrue(bea.html().contains("lang=\"de-DE\"")),
                () -> assertTrue(bea.subject().startsWith("Ihre offenen Punkte"), bea.subject()),
                () -> assertTrue(cle.html().contains("Cl\u00e9ment"), cle.html()),
                () -> assertTrue(cle.html().contains("\u00c0 \u00e9ch\u00e9ance dans les 7 prochains jours"),
                        cle.html()),
                () -> assertTrue(cle.text().contains("Ne plus recevoir ce r\u00e9capitulatif"), cle.text()),
                () -> assertTrue(dan.html().contains("Due in the next 7 days"), dan.html()));
    }

    @Test
    void facilitatorsAndNamedApproversHearOfPostmortemsInReviewOnceEachEvenWhenTheyAreBoth() {
        rules.saveSpace("OPS", Optional.of(new ApprovalRules(Set.of("k-bea", "ada"), Set.of("sre"),
                Map.of(1, 1))));
        waiting.add(new WaitingPostmortem(7, "OPS", "Checkout outage", new UserRef.ByKey("k-ada"),
                WaitingPostmortem.Reason.WAITING_FOR_REVIEW, null));

        digest(MONDAY_MORNING).run();

        OutgoingMail ada = mail.to("ada@example.com").orElseThrow();
        assertAll(
                () -> assertEquals(2, mail.sent().size(), "the facilitator and the approver named by key"),
                () -> assertEquals(1, ada.html().split("Checkout outage", -1).length - 1,
                        "facilitator and approver (by username): one line"),
                () -> assertTrue(mail.to("bea@example.com").orElseThrow().html().contains("Warten auf Review")));
    }

    @Test
    void aPersonWithItemsInSeveralSpacesGetsOneMailWithASectionPerSpace() {
        dues.add(due(1, "WEB", "k-ada", "Web thing", TODAY));
        dues.add(due(2, "OPS", "k-ada", "Ops thing", TODAY));

        digest(MONDAY_MORNING).run();

        String html = mail.sent().get(0).html();
        assertAll(
                () -> assertEquals(1, mail.sent().size()),
                () -> assertTrue(html.indexOf("Space OPS") < html.indexOf("Space WEB") && html.contains("Space OPS"),
                        html));
    }

    @Test
    void nobodyGetsAnEmptyDigestAndNobodyHearsOfAPageTheyMayNotView() {
        people.hiding("k-ada", 1);
        dues.add(due(1, "OPS", "k-ada", "Secret", TODAY));
        dues.add(new DueCountermeasure(2, "OPS", "P", 1, "Unknown owner", new UserRef.ByKey("k-nobody"), TODAY, null));

        WeeklyDigest.Report report = digest(MONDAY_MORNING).run();

        assertAll(
                () -> assertEquals(List.of(), mail.sent()),
                () -> assertEquals(0, report.sent()));
    }

    @Test
    void aPersonWhoStoppedTheDigestGetsNoneAndIsCounted() {
        settings.stop("k-ada");
        dues.add(due(1, "OPS", "k-ada", "Thing", TODAY));
        dues.add(due(1, "OPS", "k-bea", "Ding", TODAY));

        WeeklyDigest.Report report = digest(MONDAY_MORNING).run();

        assertAll(
                () -> assertEquals(List.of("bea@example.com"), mail.sent().stream().map(OutgoingMail::to).toList()),
                () -> assertEquals(1, report.stopped()));
    }

    @Test
    void theAdministratorsSwitchStopsItForEveryone() {
        settings.save(new DigestSettings(false, DayOfWeek.MONDAY));
        dues.add(due(1, "OPS", "k-ada", "Thing", TODAY));

        assertAll(
                () -> assertEquals(WeeklyDigest.Outcome.OFF, digest(MONDAY_MORNING).run().outcome()),
                () -> assertEquals(List.of(), mail.sent()),
                () -> assertEquals(Optional.empty(), settings.lastWeek()));
    }

    @Test
    void itGoesOutOnTheChosenDayInTheSitesTimeZoneFromEightOnly() {
        dues.add(due(1, "OPS", "k-ada", "Thing", LocalDate.of(2026, 11, 12)));
        settings.save(new DigestSettings(true, DayOfWeek.THURSDAY));

        // Wednesday 23:30 UTC is already Thursday 00:30 in Berlin, but before eight.
        assertEquals(WeeklyDigest.Outcome.NOT_NOW, digest(Instant.parse("2026-11-11T23:30:00Z")).run().outcome());
        // Thursday 06:59 UTC is 07:59 in Berlin.
        assertEquals(WeeklyDigest.Outcome.NOT_NOW, digest(Instant.parse("2026-11-12T06:59:00Z")).run().outcome());
        // A Monday is not the chosen day.
        assertEquals(WeeklyDigest.Outcome.NOT_NOW, digest(MONDAY_MORNING).run().outcome());
        assertEquals(List.of(), mail.sent());
        // Thursday 07:00 UTC is 08:00 in Berlin.
        WeeklyDigest.Report sent = digest(Instant.parse("2026-11-12T07:00:00Z")).run();
        assertAll(
                () -> assertEquals(WeeklyDigest.Outcome.SENT, sent.outcome()),
                () -> assertEquals(1, mail.sent().size()),
                () -> assertTrue(mail.sent().get(0).html().contains("due Nov 12, 2026"), "due today is soon, not overdue"));
    }

    @Test
    void theDayBoundaryFollowsTheSitesZoneAcrossTheChangeOfClocks() {
        // Sunday 25 October 2026, Berlin goes from CEST to CET: Monday 26th 08:00 local is 07:00 UTC.
        dues.add(due(1, "OPS", "k-ada", "Thing", LocalDate.of(2026, 10, 26)));
        assertEquals(WeeklyDigest.Outcome.NOT_NOW, digest(Instant.parse("2026-10-26T06:59:59Z")).run().outcome());
        assertEquals(WeeklyDigest.Outcome.SENT, digest(Instant.parse("2026-10-26T07:00:00Z")).run().outcome());
    }

    @Test
    void aSecondRunInTheSameWeekSendsNothingAndTheNextWeekSendsAgain() {
        dues.add(due(1, "OPS", "k-ada", "Thing", TODAY));

        digest(MONDAY_MORNING).run();
        WeeklyDigest.Report again = digest(MONDAY_MORNING.plusSeconds(3600)).run();
        WeeklyDigest.Report nextWeek = digest(MONDAY_MORNING.plusSeconds(7 * 24 * 3600)).run();

        assertAll(
                () -> assertEquals(WeeklyDigest.Outcome.ALREADY_SENT, again.outcome()),
                () -> assertEquals(WeeklyDigest.Outcome.SENT, nextWeek.outcome()),
                () -> assertEquals("2026-W47", nextWeek.week()),
                () -> assertEquals(2, mail.sent().size()));
    }

    @Test
    void weeksAreIsoWeeksAcrossTheTurnOfTheYear() {
        assertAll(
                () -> assertEquals("2026-W53", WeeklyDigest.week(LocalDate.of(2027, 1, 3))),
                () -> assertEquals("2027-W01", WeeklyDigest.week(LocalDate.of(2027, 1, 4))),
                () -> assertEquals("2026-W01", WeeklyDigest.week(LocalDate.of(2025, 12, 29))));
    }

    @Test
    void aRefusedMailOrABadRecordIsLoggedAndTheOthersStillGo() {
        mail.refusing("ada@example.com");
        dues.add(due(1, "OPS", "k-ada", "Thing", TODAY));
        dues.add(due(2, "OPS", "k-bea", "Ding", TODAY));
        // The host fails on one record: the job carries on with the next.
        people.user("k-bad", "bad", "Bad", "bad@example.com", Locale.ENGLISH).failingOn(3);
        dues.add(due(3, "OPS", "k-bad", "Broken", TODAY));
        dues.add(due(4, "OPS", "k-cle", "Chose", TODAY));

        WeeklyDigest.Report report = digest(MONDAY_MORNING).run();

        assertAll(
                () -> assertEquals(1, report.failed()),
                () -> assertEquals(2, report.sent()),
                () -> assertTrue(mail.to("bea@example.com").isPresent()),
                () -> assertTrue(mail.to("cle@example.com").isPresent()));
    }

    @Test
    void aLongListIsCutAtFiftyItemsAndSaysHowManyMore() {
        for (int i = 1; i <= 60; i++) {
            dues.add(due(i, "OPS", "k-ada", "Item " + i, TODAY));
        }

        digest(MONDAY_MORNING).run();

        String html = mail.sent().get(0).html();
        assertAll(
                () -> assertEquals(PersonalDigest.MAX_ITEMS, html.split("<li ", -1).length - 1),
                () -> assertTrue(html.contains("And 10 more, not listed here."), html));
    }

    @Test
    void withoutAMailServerTheWeekIsNotClaimedAndTheNextRunSends() {
        dues.add(due(1, "OPS", "k-ada", "Thing", TODAY));
        mail.withoutServer();

        assertAll(
                () -> assertEquals(WeeklyDigest.Outcome.NO_MAIL_SERVER, digest(MONDAY_MORNING).run().outcome()),
                () -> assertEquals(Optional.empty(), settings.lastWeek()));
    }

    @Test
    void everyValueIsEscapedInTheHtmlAndLinksAreTheHostsOwn() {
        dues.add(new DueCountermeasure(1, "<b>OPS</b>", "<script>alert(1)</script>", 1, "a \"quoted\" & <i>text</i>",
                new UserRef.ByKey("k-ada"), TODAY, "OPS-1"));
        people.user("k-ada", "ada", "Ada <img src=x onerror=alert(2)>", "ada@example.com", Locale.ENGLISH);

        digest(MONDAY_MORNING).run();

        String html = mail.sent().get(0).html();
        org.jsoup.nodes.Document parsed = org.jsoup.Jsoup.parse(html);
        assertAll(
                () -> assertTrue(parsed.select("script, img, b, i").isEmpty(), html),
                () -> assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html),
                () -> assertTrue(html.contains("a &quot;quoted&quot; &amp; &lt;i&gt;text&lt;/i&gt;"), html),
                () -> assertEquals(List.of("https://wiki.example.com/pages/viewpage.action?pageId=1",
                        "https://wiki.example.com/plugins/servlet/postmortems/digest?user=k-ada"),
                        parsed.select("a").eachAttr("href")),
                () -> assertTrue(mail.sent().get(0).text().contains("<script>alert(1)</script>"),
                        "the text part is text"));
    }

    @Test
    void membersOfAnApproverGroupHearOfPostmortemsInReviewUpToTheBoundAndAnUnknownGroupNobody() {
        String[] many = new String[WeeklyDigest.MAX_GROUP_MEMBERS + 20];
        for (int i = 0; i < many.length; i++) {
            many[i] = "m" + i;
            people.user("k-m" + i, "m" + i, "Member " + i, "m" + i + "@example.com", Locale.ENGLISH);
        }
        people.group("sre-leads", "bea", "cle").group("everyone", many);
        rules.saveSite(new ApprovalRules(Set.of(), Set.of("sre-leads", "nobody-here"), Map.of(1, 1)));
        rules.saveSpace("BIG", Optional.of(new ApprovalRules(Set.of(), Set.of("everyone"), Map.of(1, 1))));
        waiting.add(new WaitingPostmortem(7, "OPS", "Checkout outage", null,
                WaitingPostmortem.Reason.WAITING_FOR_REVIEW, null));
        waiting.add(new WaitingPostmortem(8, "BIG", "Big one", null, WaitingPostmortem.Reason.WAITING_FOR_REVIEW,
                null));

        digest(MONDAY_MORNING).run();

        assertAll(
                () -> assertTrue(mail.to("bea@example.com").orElseThrow().html().contains("Checkout outage")),
                () -> assertTrue(mail.to("cle@example.com").isPresent()),
                () -> assertFalse(mail.to("ada@example.com").isPresent()),
                () -> assertEquals(2 + WeeklyDigest.MAX_GROUP_MEMBERS, mail.sent().size()));
    }
}
