package io.github.postmortems.jira;

import io.github.postmortems.countermeasure.Countermeasure;
import io.github.postmortems.postmortem.IssueKey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ledger entries of a page that match no row on it: an issue created for a row whose text has changed since (rows
 * are named by their text), or a claim left open for such a row. Until someone places or releases them, creating
 * for the page's other rows could make a second issue for the same countermeasure.
 *
 * @param issues issues that exist in Jira and whose key no cell of the page names
 * @param open   claims of rows no longer on the page: Jira may have created their issue
 */
public record UnplacedIssues(List<CreationLedger.Creation> issues, List<CreationLedger.Creation> open) {

    public UnplacedIssues {
        issues = List.copyOf(issues);
        open = List.copyOf(open);
    }

    public static UnplacedIssues of(List<CreationLedger.Creation> entries, List<RowRef> rows,
                                    List<Countermeasure> countermeasures) {
        Set<String> current = new HashSet<>();
        rows.forEach(row -> current.add(row.rowId()));
        Set<IssueKey> onPage = new HashSet<>();
        countermeasures.forEach(c -> c.jiraKeyIfSet().ifPresent(onPage::add));
        List<CreationLedger.Creation> issues = new ArrayList<>();
        List<CreationLedger.Creation> open = new ArrayList<>();
        for (CreationLedger.Creation entry : entries) {
            if (current.contains(entry.row().rowId())) {
                continue;
            }
            if (entry.hasIssue() && !onPage.contains(entry.key())) {
                issues.add(entry);
            } else if (entry.state() == CreationLedger.State.CLAIMED) {
                open.add(entry);
            }
        }
        return new UnplacedIssues(issues, open);
    }

    public boolean none() {
        return issues.isEmpty() && open.isEmpty();
    }
}
