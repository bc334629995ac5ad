package io.github.postmortems.jira;

import io.github.postmortems.countermeasure.Countermeasure;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.storage.CountermeasureColumn;
import io.github.postmortems.storage.RowCellWriter;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.text.Messages;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rows whose issue Jira no longer has (deleted, or moved out of the app's reach): the board offers to unlink the row
 * from it, after which the row can have its issue created again. Jira is asked once more first, with the app's own
 * access, so an issue that only looked gone (an outage, a permission change for a moment) is never unlinked and
 * never gets a second issue beside it.
 */
public final class DeletedIssues {

    private final Pages pages;
    private final CreationLedger ledger;
    private final TrackedIssues tracked;
    private final ReconcileTrackedIssues reconcile;
    private final StorageReader reader;
    private final Clock clock;

    public DeletedIssues(Pages pages, CreationLedger ledger, TrackedIssues tracked, ReconcileTrackedIssues reconcile,
                         StorageReader reader, Clock clock) {
        this.pages = pages;
        this.ledger = ledger;
        this.tracked = tracked;
        this.reconcile = reconcile;
        this.reader = reader;
        this.clock = clock;
    }

    /**
     * Takes the deleted issue's key out of the row's Jira cell and forgets it, so the row reads "not in Jira yet"
     * and the next press creates its issue. Nothing changes unless Jira confirms, now, that the issue is gone.
     */
    public RowChange unlink(long pageId, String rowId, Messages messages) {
        Optional<Pages.PageContent> page = pages.read(pageId);
        Optional<PageRows> rows = page.map(p -> PageRows.of(pageId, p.storage(), reader));
        Optional<Countermeasure> row = rows.flatMap(r -> r.find(rowId));
        if (row.isEmpty()) {
            return RowChange.refused("postmortems.jira.outcome.no-such-row");
        }
        RowRef ref = new RowRef(pageId, rowId);
        Optional<IssueKey> inCell = row.get().jiraKeyIfSet();
        Optional<IssueKey> key = inCell.or(() -> ledger.of(ref).filter(CreationLedger.Creation::hasIssue)
                .map(CreationLedger.Creation::key));
        if (key.isEmpty()) {
            return RowChange.refused("postmortems.jira.deleted.no-issue");
        }
        String shown = key.get().toString();
        if (!tracked.byKey(key.get()).flatMap(TrackedIssue::lastErrorIfSet)
                .filter(ReconcileTrackedIssues.DELETED::equals).isPresent()) {
            return RowChange.refused("postmortems.jira.deleted.not-deleted", shown);
        }
        if (inCell.isPresent() && rows.get().cellSpan(rowId, CountermeasureColumn.JIRA).isEmpty()) {
            // A task's Jira macro has no cell of its own to empty: a person removes it in the editor.
            return RowChange.refused("postmortems.jira.deleted.no-cell", shown);
        }
        ReconcileTrackedIssues.Report asked = reconcile.reread(List.of(key.get()));
        if (asked.failedBatches() > 0) {
            return RowChange.refused("postmortems.jira.deleted.unconfirmed", shown);
        }
        if (asked.deleted() == 0) {
            return RowChange.refused("postmortems.jira.deleted.exists", shown);
        }
        // The ledger first: once it no longer names the key, nothing writes the key back into the row.
        for (CreationLedger.Creation creation : ledger.all(pageId)) {
            if (key.get().equals(creation.key())) {
                ledger.forgotten(creation.row(), key.get(), ReconcileTrackedIssues.DELETED, clock.instant());
            }
        }
        tracked.forget(key.get());
        if (inCell.isPresent()) {
            RowCellWriter writer = new RowCellWriter(reader);
            pages.update(pageId, storage -> PageRows.of(pageId, storage, reader).find(rowId)
                    .flatMap(Countermeasure::jiraKeyIfSet).filter(key.get()::equals)
                    .flatMap(same -> writer.write(storage, rowId, Map.of(CountermeasureColumn.JIRA, "<p />"),
                            PageRows.CONTEXT, PageRows.ids(pageId)))
                    .orElse(storage), messages.text("postmortems.jira.deleted.version-comment", shown));
        }
        return RowChange.done("postmortems.jira.deleted.unlinked", shown);
    }
}
