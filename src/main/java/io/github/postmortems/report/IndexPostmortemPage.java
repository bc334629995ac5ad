package io.github.postmortems.report;

import io.github.postmortems.jira.Pages;
import io.github.postmortems.jira.RowIds;
import io.github.postmortems.jira.RowRef;
import io.github.postmortems.jira.TrackedIssue;
import io.github.postmortems.jira.TrackedIssues;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.storage.CountermeasureRow;
import io.github.postmortems.storage.PageReading;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.StorageReader;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps one page's entry in the postmortem index in step with the page: read it as it is now and store its summary,
 * or forget it when it is gone or no longer a postmortem. Idempotent, so a retry or a rebuild may run it again.
 * Times typed without a zone are read in the clock's zone, and overdue is judged on the clock's date.
 */
public final class IndexPostmortemPage {

    /** What indexing a page did. */
    public enum Outcome {
        /** The page's summary was stored. */
        INDEXED,
        /** The page has no postmortem-details table; any entry it had was removed. */
        NOT_A_POSTMORTEM,
        /** The page does not exist (any more); any entry it had was removed. */
        GONE
    }

    private final Pages pages;
    private final StorageReader reader;
    private final TrackedIssues trackedIssues;
    private final PostmortemIndex index;
    private final Clock clock;

    public IndexPostmortemPage(Pages pages, StorageReader reader, TrackedIssues trackedIssues, PostmortemIndex index,
                               Clock clock) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.trackedIssues = Objects.requireNonNull(trackedIssues, "trackedIssues");
        this.index = Objects.requireNonNull(index, "index");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Outcome index(long pageId) {
        Optional<Pages.PageContent> page = pages.read(pageId);
        if (page.isEmpty()) {
            index.remove(pageId);
            return Outcome.GONE;
        }
        Pages.PageContent content = page.get();
        PageReading reading = reader.readPage(content.storage(),
                ReadingContext.inZone(clock.getZone()).withPageTitle(content.title()));
        Optional<PostmortemSummary> summary = Summaries.of(pageId, content.spaceKey(), content.title(), reading,
                tracked(pageId, reading), LocalDate.now(clock), clock.instant());
        if (summary.isEmpty()) {
            index.remove(pageId);
            return Outcome.NOT_A_POSTMORTEM;
        }
        index.upsert(summary.get());
        return Outcome.INDEXED;
    }

    /** The page was deleted or trashed. */
    public void forget(long pageId) {
        index.remove(pageId);
    }

    /**
     * The page's tracked issues, plus any key typed into the page that is tracked under another page. A key typed into
     * a postmortem's countermeasures table that nobody tracks yet starts being tracked here, so the reconcile job
     * and the webhook bring its status back as they do for the issues the button created.
     */
    private Map<IssueKey, TrackedIssue> tracked(long pageId, PageReading reading) {
        Map<IssueKey, TrackedIssue> byKey = new HashMap<>();
        for (TrackedIssue issue : trackedIssues.byPage(pageId)) {
            byKey.put(issue.key(), issue);
        }
        List<CountermeasureRow> rows = reading.countermeasures();
        List<RowRef> refs = RowIds.assign(pageId, rows.stream().map(CountermeasureRow::countermeasure).toList());
        for (int i = 0; i < rows.size(); i++) {
            Optional<IssueKey> typed = rows.get(i).countermeasure().jiraKeyIfSet();
            if (typed.isEmpty() || byKey.containsKey(typed.get())) {
                continue;
            }
            Optional<TrackedIssue> elsewhere = trackedIssues.byKey(typed.get());
            if (elsewhere.isPresent()) {
                byKey.put(typed.get(), elsewhere.get());
            } else if (reading.details().isPresent()) {
                TrackedIssue linked = TrackedIssue.justLinked(refs.get(i), typed.get());
                trackedIssues.save(linked);
                byKey.put(typed.get(), linked);
            }
        }
        return byKey;
    }
}
