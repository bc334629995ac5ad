package io.github.postmortems.review;

import io.github.postmortems.countermeasure.Countermeasure;
import io.github.postmortems.jira.Pages;
import io.github.postmortems.jira.RowChange;
import io.github.postmortems.jira.RowIds;
import io.github.postmortems.jira.RowRef;
import io.github.postmortems.jira.TrackedIssue;
import io.github.postmortems.jira.TrackedIssues;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.storage.CountermeasureColumn;
import io.github.postmortems.storage.CountermeasureRow;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.RowCellWriter;
import io.github.postmortems.storage.StatusCell;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.text.Messages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An editor says of one countermeasure that it works (verified effective) or that it will not be done, with a note.
 * The page stays the source of truth: the row's Status cell gets it ({@link StatusCell}) in a new page version with a
 * version comment, and nothing else on the page changes ({@link RowCellWriter}). Only done work can be verified and
 * only work not yet done declined; saying it again replaces the earlier note.
 */
public final class SettleCountermeasure {

    static final String NO_SUCH_ROW = "postmortems.jira.outcome.no-such-row";
    static final String NOT_DONE = "postmortems.countermeasures.state.refused.not-done";
    static final String ALREADY_DONE = "postmortems.countermeasures.state.refused.already-done";
    static final String NO_STATUS_COLUMN = "postmortems.countermeasures.state.refused.no-status-column";
    static final String CHANGED = "postmortems.countermeasures.state.refused.changed";

    private static final ReadingContext CONTEXT = ReadingContext.inZone(ZoneOffset.UTC);

    private final Pages pages;
    private final TrackedIssues tracked;
    private final StorageReader reader;
    private final Clock clock;

    public SettleCountermeasure(Pages pages, TrackedIssues tracked, StorageReader reader, Clock clock) {
        this.pages = pages;
        this.tracked = tracked;
        this.reader = reader;
        this.clock = clock;
    }

    /**
     * @param note what the editor typed, already checked by {@link SettleNote#check}
     * @param by   who says it
     * @param zone whose day it is (the editor's time zone)
     */
    public RowChange settle(long pageId, String rowId, Verification.Kind kind, String note, UserRef by, ZoneId zone,
                            Messages messages) {
        Optional<CountermeasureRow> row = pages.read(pageId).flatMap(page -> row(pageId, page.storage(), rowId));
        if (row.isEmpty()) {
            return new RowChange(false, NO_SUCH_ROW, List.of());
        }
        String number = String.valueOf(row.get().countermeasure().row());
        CountermeasureState state = stateOf(row.get());
        Optional<String> refused = refusal(kind, state);
        if (refused.isPresent()) {
            return new RowChange(false, refused.get(), List.of(number, messages.text(state.i18nKey())));
        }
        if (row.get().cellSpanIfKnown(CountermeasureColumn.STATUS).isEmpty()) {
            return new RowChange(false, NO_STATUS_COLUMN, List.of(number));
        }
        Verification said = new Verification(kind, LocalDate.now(clock.withZone(zone)), by, note);
        String markup = StatusCell.markup(said, messages.text(StatusCell.titleKey(kind)));
        RowCellWriter writer = new RowCellWriter(reader);
        boolean[] written = {false};
        String comment = messages.text(kind == Verification.Kind.VERIFIED
                ? "postmortems.countermeasures.state.version-comment.verified"
                : "postmortems.countermeasures.state.version-comment.wont-do", number);
        pages.update(pageId, storage -> writer.write(storage, rowId, Map.of(CountermeasureColumn.STATUS, markup),
                CONTEXT, ids(pageId)).map(changed -> {
                    written[0] = true;
                    return changed;
                }).orElse(storage), comment);
        if (!written[0]) {
            return new RowChange(false, CHANGED, List.of(number));
        }
        return new RowChange(true, kind == Verification.Kind.VERIFIED
                ? "postmortems.countermeasures.state.done.verified"
                : "postmortems.countermeasures.state.done.wont-do", List.of(number));
    }

    /** The row's state now: Jira's word for its issue where someone vouched for it, and what its Status cell says. */
    CountermeasureState stateOf(CountermeasureRow row) {
        Countermeasure countermeasure = row.countermeasure();
        Optional<Boolean> jiraDone = countermeasure.jiraKeyIfSet().flatMap(tracked::byKey)
                .filter(TrackedIssue::vouched).map(issue -> issue.category().done());
        return CountermeasureState.of(countermeasure, jiraDone, row.saidIfAny());
    }

    /** Verified only of done work (again, to change the note); won't do only of work not done yet (or again). */
    private static Optional<String> refusal(Verification.Kind kind, CountermeasureState state) {
        if (kind == Verification.Kind.VERIFIED) {
            return state.mayVerify() || state == CountermeasureState.VERIFIED ? Optional.empty() : Optional.of(NOT_DONE);
        }
        return state.mayDecline() || state == CountermeasureState.WONT_DO ? Optional.empty()
                : Optional.of(ALREADY_DONE);
    }

    private Optional<CountermeasureRow> row(long pageId, String storage, String rowId) {
        List<CountermeasureRow> rows = reader.readPage(storage, CONTEXT).countermeasures();
        int index = ids(pageId).apply(rows).indexOf(rowId);
        return index < 0 ? Optional.empty() : Optional.of(rows.get(index));
    }

    /** Rows are named as the Jira writers name them ({@link RowIds}). */
    private static Function<List<CountermeasureRow>, List<String>> ids(long pageId) {
        return rows -> RowIds.assign(pageId, rows.stream().map(CountermeasureRow::countermeasure).toList()).stream()
                .map(RowRef::rowId).toList();
    }
}
