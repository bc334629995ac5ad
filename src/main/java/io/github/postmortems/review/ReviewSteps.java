package io.github.postmortems.review;

import io.github.postmortems.postmortem.Postmortem;
import io.github.postmortems.postmortem.PostmortemStatus;
import io.github.postmortems.postmortem.SeverityScale;
import io.github.postmortems.postmortem.Severity;
import io.github.postmortems.storage.PageReading;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.ReviewRecordWriter;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.text.Messages;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

/**
 * Takes one review step on a postmortem page: asks the recorded review to move, writes the page's Status cell and an
 * Approvals row in one new version, and records the step, all or nothing. When another step on the same page was
 * recorded in between, the step is decided again on what that one left (an approval is never lost, and the page
 * never gets two rows for one step).
 */
public final class ReviewSteps {

    /** Steps on one page rarely race; more than this many losses in a row is a page under a storm of clicks. */
    static final int ATTEMPTS = 5;
    static final String NO_PAGE = "postmortems.review.refused.no-page";
    static final String NO_STATUS_CELL = "postmortems.review.refused.no-status-cell";
    static final String BUSY = "postmortems.review.refused.busy";

    private final ReviewStore store;
    private final ApprovalRulesStore rules;
    private final ReviewPages pages;
    private final StorageReader reader;
    private final ReviewRecordWriter writer;
    private final Clock clock;
    private final ReviewNotices notices;

    /** Steps whose people are told by the row's mentions. */
    public ReviewSteps(ReviewStore store, ApprovalRulesStore rules, ReviewPages pages, StorageReader reader,
                       Clock clock) {
        this(store, rules, pages, reader, clock, ReviewNotices.MENTIONS);
    }

    public ReviewSteps(ReviewStore store, ApprovalRulesStore rules, ReviewPages pages, StorageReader reader,
                       Clock clock, ReviewNotices notices) {
        this.store = store;
        this.rules = rules;
        this.pages = pages;
        this.reader = reader;
        this.writer = new ReviewRecordWriter(reader);
        this.clock = clock;
        this.notices = notices;
    }

    /** What taking a step gave. */
    public sealed interface Result {
        /** @param told user keys told of the step, each once (by the notices, or mentioned in the Approvals row) */
        record Taken(ReviewOutcome.Moved moved, int version, List<String> told) implements Result {
        }

        /** @param i18nKey why not, in the person's language */
        record Refused(String i18nKey) implements Result {
        }
    }

    /**
     * @param by       the person acting, as the host knows them now (whether they may edit the page)
     * @param messages the acting person's language: the page's new words and the version comment are theirs
     * @param zone     the zone the Approvals row gives the time in
     */
    public Result take(long pageId, Person by, ReviewStep step, Messages messages, ZoneId zone) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<ReviewPages.Page> page = pages.read(pageId);
            if (page.isEmpty()) {
                return new Result.Refused(NO_PAGE);
            }
            ReviewStore.Stored seen = store.load(pageId);
            PageReading reading = reader.readPage(page.get().storage(),
                    new ReadingContext(zone, SeverityScale.defaults(), null, null));
            Instant now = clock.instant();
            ReviewOutcome outcome = decide(seen.review(), by, step, page.get(), reading, now);
            if (outcome instanceof ReviewOutcome.Refused refused) {
                return new Result.Refused(refused.reason().i18nKey());
            }
            ReviewOutcome.Moved moved = (ReviewOutcome.Moved) outcome;
            Optional<String> snapshot = moved.review().status() == PostmortemStatus.APPROVED
                    && seen.review().status() != PostmortemStatus.APPROVED
                    ? Optional.of(ApprovalSnapshot.of(page.get().version(), reading.details(),
                    reading.countermeasures().stream().map(row -> row.countermeasure()).toList()).toJson())
                    : Optional.empty();
            boolean sends = notices.sends();
            ApprovalsRow row = new ApprovalsRow(moved.decision(), moved.tell(), messages, zone,
                    sends ? notices::name : null);
            String status = "<p>" + io.github.postmortems.text.Markup.escape(
                    messages.text(moved.review().status().i18nKey())) + "</p>";
            UnaryOperator<String> edit = storage -> writer.write(storage, status, row.markup(),
                    row.section()).orElseThrow(NoStatusCell::new);
            if (writer.write(page.get().storage(), status, row.markup(), row.section()).isEmpty()) {
                return new Result.Refused(NO_STATUS_CELL);
            }
            String comment = messages.text("postmortems.review.version-comment."
                    + moved.decision().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            try {
                int version = store.record(pageId, seen, moved.review(), moved.decision(), snapshot, () -> {
                    OptionalInt saved = pages.write(pageId, edit, comment);
                    return saved.orElseThrow(() -> new NoStatusCell());
                });
                if (sends && !moved.tell().isEmpty()) {
                    // Once, after the step is recorded: a step decided again above told nobody before.
                    notices.tell(new ReviewNotices.Notice(pageId, reading.details()
                            .map(details -> details.meeting().title()).orElse(""), moved.decision(), moved,
                            moved.tell()));
                }
                return new Result.Taken(moved, version, moved.tell());
            } catch (ReviewStore.ReviewConflict another) {
                // Decide again on what the other step left, once it is committed.
                pause(attempt);
            } catch (NoStatusCell gone) {
                return new Result.Refused(NO_STATUS_CELL);
            }
        }
        return new Result.Refused(BUSY);
    }

    private ReviewOutcome decide(Review review, Person by, ReviewStep step, ReviewPages.Page page,
                                 PageReading reading, Instant now) {
        ApprovalRules applying = rules.applying(page.spaceKey());
        if (step instanceof ReviewStep.RequestReview request) {
            return review.requestReview(by, request.reviewers(), now, page.version());
        }
        if (step instanceof ReviewStep.Approve approve) {
            return review.approve(by, applying, severity(reading.details()), now, page.version(),
                    approve.comment());
        }
        if (step instanceof ReviewStep.RequestChanges changes) {
            return review.requestChanges(by, applying, now, page.version(), changes.comment());
        }
        return review.publish(by, now, page.version());
    }

    /** A postmortem without a readable severity needs what the most severe one needs: no review gets lighter. */
    private static Severity severity(Optional<Postmortem> details) {
        return details.flatMap(Postmortem::severityIfSet).orElse(SeverityScale.defaults().mostSevere());
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(20L * (attempt + 1));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The page lost its Status cell (or was deleted) between reading and saving. */
    private static final class NoStatusCell extends RuntimeException {
        NoStatusCell() {
            super("the page has no Status cell to write", null, false, false);
        }
    }
}
