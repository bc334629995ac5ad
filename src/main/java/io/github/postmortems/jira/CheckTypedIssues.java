package io.github.postmortems.jira;

import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.storage.CountermeasureRow;
import io.github.postmortems.storage.PageReading;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.StorageReader;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * "Check Jira issues": reads the Jira keys typed into a page's countermeasures table with the Jira identity of the
 * person who asks (someone who may edit the page), and starts tracking those they could read, vouched for by them.
 * Keys they could not read stay bare keys; missing and forbidden issues are told apart nowhere (Jira's search does not
 * either), so the check is no oracle for what exists in Jira.
 */
public final class CheckTypedIssues {

    private final Pages pages;
    private final StorageReader reader;
    private final JiraConnections jira;
    private final TrackedIssues tracked;
    private final Clock clock;

    public CheckTypedIssues(Pages pages, StorageReader reader, JiraConnections jira, TrackedIssues tracked,
                            Clock clock) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.jira = Objects.requireNonNull(jira, "jira");
        this.tracked = Objects.requireNonNull(tracked, "tracked");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param userKey the asking Confluence user's key, recorded as who vouched
     * @throws JiraFailure when Jira did not answer; nothing was recorded
     */
    public Outcome check(long pageId, String userKey) throws JiraFailure {
        Objects.requireNonNull(userKey, "userKey");
        Optional<Pages.PageContent> page = pages.read(pageId);
        if (page.isEmpty()) {
            return new Outcome(Kind.NO_PAGE, List.of(), List.of());
        }
        Map<IssueKey, RowRef> unchecked = unchecked(pageId, page.get());
        if (unchecked.isEmpty()) {
            return new Outcome(Kind.CHECKED, List.of(), List.of());
        }
        if (!jira.actsAsEachUser()) {
            // A token reads as its owner for everyone: what it can read proves nothing about this user.
            return new Outcome(Kind.CANNOT_ACT_AS_USER, List.of(), List.copyOf(unchecked.keySet()));
        }
        FoundIssues found = jira.forCurrentUser().findIssues(unchecked.keySet());
        Instant now = clock.instant();
        String vouch = TrackedIssue.byUser(userKey);
        List<IssueKey> read = new ArrayList<>();
        List<IssueKey> unreadable = new ArrayList<>();
        for (Map.Entry<IssueKey, RowRef> typed : unchecked.entrySet()) {
            Optional<IssueSnapshot> snapshot = found.get(typed.getKey());
            if (snapshot.isEmpty()) {
                unreadable.add(typed.getKey());
                continue;
            }
            IssueSnapshot issue = snapshot.get();
            tracked.save(new TrackedIssue(typed.getValue(), typed.getKey(), issue.statusName(),
                    issue.statusCategory().category(), issue.assignee().map(Assignee::username).orElse(null),
                    issue.assignee().map(Assignee::displayName).orElse(null), issue.dueDate().orElse(null),
                    issue.resolved().orElse(null), now, null, vouch));
            read.add(typed.getKey());
        }
        return new Outcome(Kind.CHECKED, read, unreadable);
    }

    /** Keys typed into the page that nobody vouched for on it; a key tracked under another page is left there. */
    private Map<IssueKey, RowRef> unchecked(long pageId, Pages.PageContent page) {
        PageReading reading = reader.readPage(page.storage(), ReadingContext.inZone(clock.getZone())
                .withPageTitle(page.title()));
        List<CountermeasureRow> rows = reading.countermeasures();
        List<RowRef> refs = RowIds.assign(pageId, rows.stream().map(CountermeasureRow::countermeasure).toList());
        Map<IssueKey, RowRef> unchecked = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Optional<IssueKey> typed = rows.get(i).countermeasure().jiraKeyIfSet();
            if (typed.isEmpty() || unchecked.containsKey(typed.get())) {
                continue;
            }
            Optional<TrackedIssue> known = tracked.byKey(typed.get());
            if (known.isEmpty() || known.get().row().pageId() == pageId && !known.get().vouched()) {
                unchecked.put(typed.get(), refs.get(i));
            }
        }
        return unchecked;
    }

    public enum Kind {
        /** The typed keys were read; {@code read} are tracked now, {@code unreadable} are not. */
        CHECKED,
        /** The connection has no per-user identity (a token): nothing can be checked as this user. */
        CANNOT_ACT_AS_USER,
        /** No current page with that id. */
        NO_PAGE
    }

    /** What a check did; {@code unreadable} lists the keys this user cannot read (missing or forbidden alike). */
    public record Outcome(Kind kind, List<IssueKey> read, List<IssueKey> unreadable) {
        public Outcome {
            read = List.copyOf(read);
            unreadable = List.copyOf(unreadable);
        }
    }
}
