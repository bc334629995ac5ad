package io.github.postmortems.confluence.macro;

import io.github.postmortems.text.BundleMessages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.postmortems.confluence.macro.ReviewCards.Status;
import static io.github.postmortems.confluence.macro.ReviewCards.Who;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The details card's review section: the status for everyone, each step only for the people who may take it. */
class DetailsReviewTest {

    private static Document card(Status status, Who who) {
        return MacroFixture.html(ReviewCards.card(BundleMessages.english(), status, who));
    }

    private static List<String> steps(Document card) {
        return card.select("[data-pm-review-step]").eachAttr("data-pm-review-step");
    }

    private static String status(Document card) {
        return card.selectFirst(".pm-review__status .aui-lozenge").text();
    }

    @Test
    void readersSeeTheStatusAndNoStepInEveryStatus() {
        for (Status status : Status.values()) {
            Document card = card(status, Who.READER);
            assertAll(status.name(),
                    () -> assertNotNull(card.selectFirst(".pm-review__status")),
                    () -> assertEquals(List.of(), steps(card)),
                    () -> assertNull(card.selectFirst(".pm-review-dialog")),
                    () -> assertNull(card.selectFirst("[data-pm-review-url]")));
        }
    }

    @Test
    void anEditorMayRequestReviewOfADraftAndPublishWhatIsApproved() {
        assertAll(
                () -> assertEquals("Draft", status(card(Status.DRAFT, Who.EDITOR))),
                () -> assertEquals(List.of("request"), steps(card(Status.DRAFT, Who.EDITOR))),
                () -> assertEquals(List.of(), steps(card(Status.IN_REVIEW, Who.EDITOR)),
                        "the editor is no approver here"),
                () -> assertEquals(List.of("request", "publish"), steps(card(Status.APPROVED, Who.EDITOR)),
                        "review again, or publish"),
                () -> assertEquals(List.of(), steps(card(Status.PUBLISHED, Who.EDITOR))));
    }

    @Test
    void anApproverWhoMayNotEditDecidesWhileInReviewOnly() {
        Document inReview = card(Status.IN_REVIEW, Who.APPROVER_WHO_READS);
        assertAll(
                () -> assertEquals("In review", status(inReview)),
                () -> assertEquals("0 of 1 approvals", inReview.selectFirst(".pm-review__progress").text()),
                () -> assertEquals(List.of("Kim Wong", "Alex Smith"),
                        inReview.select(".pm-review__person").eachText()),
                () -> assertEquals(List.of("approve", "request-changes"), steps(inReview)),
                () -> assertEquals(List.of("approve", "request-changes"),
                        inReview.select("[data-pm-review-dialog=decide] [data-pm-review-submit]")
                                .eachAttr("data-pm-review-submit")),
                () -> assertNull(inReview.selectFirst("[data-pm-review-dialog=request]")),
                () -> assertEquals("/confluence/rest/postmortems/1.0/pages/98305/review",
                        inReview.selectFirst(".pm-review").attr("data-pm-review-url")),
                () -> assertEquals(List.of(), steps(card(Status.APPROVED, Who.APPROVER_WHO_READS))));
    }

    @Test
    void anApprovedPostmortemOffersItsSnapshotAsApproved() {
        Document approved = card(Status.APPROVED, Who.READER);
        Element snapshot = approved.selectFirst("details.pm-review__approved");
        assertNotNull(snapshot);
        assertAll(
                () -> assertEquals("Approved", status(approved)),
                () -> assertEquals("As approved on Nov 12, 2026 (version 4)",
                        snapshot.selectFirst("summary").text()),
                () -> assertTrue(snapshot.select(".pm-review__snapshot tr").size() >= 1),
                () -> assertTrue(snapshot.select(".pm-card__label").eachText().contains("Time to detect"),
                        snapshot.select(".pm-card__label").eachText().toString()),
                () -> assertNull(approved.selectFirst(".pm-review__changed"), "the approval's own write is no change"));
    }

    @Test
    void anEditAfterApprovalSaysSoAndLinksConfluencesDiffOfTheTwoVersions() {
        Document changed = card(Status.CHANGED, Who.READER);
        Element diff = changed.selectFirst(".pm-review__changed a");
        assertNotNull(diff);
        assertAll(
                () -> assertEquals("Changed since approval", changed.selectFirst(".pm-review__changed .aui-lozenge")
                        .text()),
                () -> assertEquals("/confluence/pages/diffpagesbyversion.action?pageId=98305"
                        + "&selectedPageVersions=4&selectedPageVersions=7", diff.attr("href")),
                () -> assertEquals("See what changed", diff.text()));
    }

    @Test
    void aPublishedPostmortemKeepsItsSnapshotAndAskedNobodyAnything() {
        Document published = card(Status.PUBLISHED, Who.EDITOR);
        assertAll(
                () -> assertEquals("Published", status(published)),
                () -> assertNotNull(published.selectFirst("details.pm-review__approved")),
                () -> assertNull(published.selectFirst(".pm-review__reviewers")));
    }

    @Test
    void staticOutputShowsTheStatusWithoutButtons() {
        MacroFixture fixture = new MacroFixture();
        Document pdf = MacroFixture.html(ReviewCards.card(fixture, Status.IN_REVIEW, Who.APPROVER_WHO_READS, "pdf"));
        assertEquals("In review", status(pdf));
        assertEquals(List.of(), steps(pdf));
    }

    @Test
    void aSnapshotsWordsAreEscapedAndOneThatCannotBeReadShowsAsEmpty() {
        java.util.Map.Entry<io.github.postmortems.review.ReviewStore.Stored, Integer> approved =
                ReviewCards.stored(Status.APPROVED);
        io.github.postmortems.review.ReviewStore.Stored kept = approved.getKey();
        String hostile = kept.snapshot().replace("Alert on replica lag above 5 s",
                "<script>alert(1)</script><img src=x onerror=alert(2)>");
        Document escaped = MacroFixture.html(ReviewCards.card(new MacroFixture(), Status.APPROVED, java.util.Map.entry(
                new io.github.postmortems.review.ReviewStore.Stored(kept.review(), kept.sequence(),
                        kept.writtenVersion(), hostile), approved.getValue()), Who.READER, "display"));
        Document garbled = MacroFixture.html(ReviewCards.card(new MacroFixture(), Status.APPROVED, java.util.Map.entry(
                new io.github.postmortems.review.ReviewStore.Stored(kept.review(), kept.sequence(),
                        kept.writtenVersion(), "{\"countermeasures\": [[[" ), approved.getValue()), Who.READER,
                "display"));
        assertAll(
                () -> assertTrue(escaped.select("script, img").isEmpty()),
                () -> assertEquals("<script>alert(1)</script><img src=x onerror=alert(2)>",
                        escaped.selectFirst(".pm-review__snapshot-text").text()),
                () -> assertEquals("No countermeasures were on the page when it was approved.",
                        garbled.select("details.pm-review__approved .pm-review__intro").last().text()));
    }

    @Test
    void theCardSpeaksTheViewersLanguage() {
        Document german = MacroFixture.html(ReviewCards.card(BundleMessages.of("de"), Status.CHANGED, Who.EDITOR));
        Document french = MacroFixture.html(ReviewCards.card(BundleMessages.of("fr"), Status.IN_REVIEW,
                Who.APPROVER_WHO_READS));
        assertAll(
                () -> assertEquals("Seit der Freigabe ge\u00e4ndert",
                        german.selectFirst(".pm-review__changed .aui-lozenge").text()),
                () -> assertEquals("Ver\u00f6ffentlichen", german.select("[data-pm-review-step=publish]").text()),
                () -> assertEquals("Approuver", french.select("[data-pm-review-step=approve]").text()));
    }
}
