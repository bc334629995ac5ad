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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the keys of issues {@link CreateJiraIssues} created into the page's countermeasures table, so the page stays
 * the source of truth: a new version with a comment saying what happened, and nothing else of the page changed.
 * Rows are settled in the ledger once the page names their key. A key already written back and since deleted from
 * its cell is written again: the issue still exists, and only releasing it on the board detaches it.
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
     * Writes the key of every issue the ledger knows for a row of the page whose cell lacks it (one new version for
     * all of them) and settles those rows.
     *
     * @return how many keys were written; 0 when the page already had them all
     */
    public int writeBack(long pageId, Messages messages) {
        Map<String, IssueKey> keys = new LinkedHashMap<>();
        for (CreationLedger.Creation creation : ledger.all(pageId)) {
            if (creation.hasIssue()) {
                keys.put(creation.row().rowId(), creation.key());
            }
        }
        return write(pageId, keys, messages);
    }

    /**
     * Writes one key into one row, right after its issue was created, so a later edit of the row's text cannot
     * part the two.
     *
     * @return whether the row names the key now
     */
    public boolean writeKey(RowRef row, IssueKey key, Messages messages) {
        write(row.pageId(), Map.of(row.rowId(), key), messages);
        return pages.read(row.pageId()).map(page -> {
            List<Countermeasure> countermeasures = countermeasures(page);
            List<RowRef> refs = RowIds.assign(row.pageId(), countermeasures);
            int index = refs.indexOf(row);
            return index >= 0 && key.equals(countermeasures.get(index).jiraKeyIfSet().orElse(null));
        }).orElse(false);
    }

    private int write(long pageId, Map<String, IssueKey> keys, Messages messages) {
        Optional<Pages.PageContent> before = pages.read(pageId);
        if (keys.isEmpty() || before.isEmpty()) {
            return 0;
        }
        int missing = missing(countermeasures(before.get()), pageId, keys).size();
        if (missing == 0) {
            settle(pageId, keys);
            return 0;
        }
        JiraKeyWriter writer = new JiraKeyWriter(reader);
        ReadingContext context = ReadingContext.inZone(ZoneOffset.UTC);
        int[] written = {0};
        pages.update(pageId, storage -> {
            // Against the page as it is when saving: a key someone placed meanwhile is not written twice.
            Map<String, IssueKey> wanted = missing(countermeasures(storage), pageId, keys);
            JiraKeyWriter.WriteBack result = writer.write(storage, wanted, context,
                    rows -> RowIds.assign(pageId, rows.stream().map(CountermeasureRow::countermeasure).toList())
                            .stream().map(RowRef::rowId).toList());
            written[0] = result.written().size();
            return result.storage();
        }, messages.text("postmortems.jira.version-comment", missing));
        settle(pageId, keys);
        return written[0];
    }

    /** The keys of {@code keys} that no cell of the page names yet. */
    private static Map<String, IssueKey> missing(List<Countermeasure> countermeasures, long pageId,
                                                 Map<String, IssueKey> keys) {
        Set<IssueKey> onPage = new HashSet<>();
        countermeasures.forEach(c -> c.jiraKeyIfSet().ifPresent(onPage::add));
        Set<String> rows = new HashSet<>();
        RowIds.assign(pageId, countermeasures).forEach(ref -> rows.add(ref.rowId()));
        Map<String, IssueKey> missing = new LinkedHashMap<>();
        keys.forEach((row, key) -> {
            if (!onPage.contains(key) && rows.contains(row)) {
                missing.put(row, key);
            }
        });
        return missing;
    }

    /** Settles every row whose key the page now names, whoever wrote it there. */
    private void settle(long pageId, Map<String, IssueKey> keys) {
        pages.read(pageId).ifPresent(page -> {
            List<Countermeasure> countermeasures = countermeasures(page);
            List<RowRef> refs = RowIds.assign(pageId, countermeasures);
            for (int i = 0; i < countermeasures.size(); i++) {
                IssueKey expected = keys.get(refs.get(i).rowId());
                RowRef ref = refs.get(i);
                if (expected != null && expected.equals(countermeasures.get(i).jiraKeyIfSet().orElse(null))
                        && ledger.of(ref).filter(c -> c.state() == CreationLedger.State.CREATED
                        && expected.equals(c.key())).isPresent()) {
                    ledger.writtenBack(ref, expected, clock.instant());
                }
            }
        });
    }

    private List<Countermeasure> countermeasures(Pages.PageContent page) {
        return countermeasures(page.storage());
    }

    private List<Countermeasure> countermeasures(String storage) {
        return reader.readPage(storage, ReadingContext.inZone(ZoneOffset.UTC)).countermeasures().stream()
                .map(CountermeasureRow::countermeasure).toList();
    }
}
