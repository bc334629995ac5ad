package io.github.postmortems.jira;

import io.github.postmortems.countermeasure.Countermeasure;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.storage.CountermeasureRow;
import io.github.postmortems.storage.JiraKeyWriter;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.text.Messages;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the keys of issues {@link CreateJiraIssues} created into the page's countermeasures table, so the page stays
 * the source of truth: one new version for all of them, with a comment saying what happened, and nothing else of the
 * page changed. Rows are settled in the ledger once the page names their key.
 */
public final class WriteBackJiraKeys {

    private final Pages pages;
    private final CreationLedger ledger;
    private final StorageReader reader;
    private final Clock clock;

    public WriteBackJiraKeys(Pages pages, CreationLedger ledger, StorageReader reader, Clock clock) {
        this.pages = pages;
        this.ledger = ledger;
        this.reader = reader;
        this.clock = clock;
    }

    /**
     * Writes the keys of created issues into the page (one new version for all of them) and settles those rows.
     *
     * @return how many keys were written; 0 when the page already had them all
     */
    public int writeBack(long pageId, Messages messages) {
        Map<String, IssueKey> keys = new HashMap<>();
        for (CreationLedger.Creation creation : ledger.unfinished(pageId)) {
            if (creation.state() == CreationLedger.State.CREATED && creation.key() != null) {
                keys.put(creation.row().rowId(), creation.key());
            }
        }
        if (keys.isEmpty()) {
            return 0;
        }
        JiraKeyWriter writer = new JiraKeyWriter(reader);
        ReadingContext context = ReadingContext.inZone(ZoneOffset.UTC);
        int[] written = {0};
        pages.update(pageId, storage -> {
            JiraKeyWriter.WriteBack result = writer.write(storage, keys, context,
                    rows -> RowIds.assign(pageId, rows.stream().map(CountermeasureRow::countermeasure).toList())
                            .stream().map(RowRef::rowId).toList());
            written[0] = result.written().size();
            return result.storage();
        }, messages.text("postmortems.jira.version-comment", keys.size()));
        // Settle every row whose key the page now names, whoever wrote it there.
        pages.read(pageId).ifPresent(page -> {
            List<Countermeasure> countermeasures = countermeasures(page);
            List<RowRef> refs = RowIds.assign(pageId, countermeasures);
            for (int i = 0; i < countermeasures.size(); i++) {
                IssueKey expected = keys.get(refs.get(i).rowId());
                if (expected != null && expected.equals(countermeasures.get(i).jiraKey())) {
                    ledger.writtenBack(refs.get(i), clock.instant());
                }
            }
        });
        return written[0];
    }

    private List<Countermeasure> countermeasures(Pages.PageContent page) {
        return reader.readPage(page.storage(), ReadingContext.inZone(ZoneOffset.UTC)).countermeasures().stream()
                .map(CountermeasureRow::countermeasure).toList();
    }
}
