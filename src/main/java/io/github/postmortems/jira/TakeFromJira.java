package io.github.postmortems.jira;

import io.github.postmortems.blueprint.StorageMarkup;
import io.github.postmortems.countermeasure.Countermeasure;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.storage.CountermeasureColumn;
import io.github.postmortems.storage.RowCellWriter;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.text.Messages;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes what Jira says about a row's issue into the row where the page says otherwise: its due date, or its assignee
 * as the row's owner. The board offers it in the cell where the two disagree; the page stays the source of truth,
 * so the change is a new page version with a comment, and nothing but that cell changes.
 */
public final class TakeFromJira {

    /** Which of the row's cells to take from Jira. */
    public enum Field {
        DUE(CountermeasureColumn.DUE), OWNER(CountermeasureColumn.OWNER);

        private final CountermeasureColumn column;

        Field(CountermeasureColumn column) {
            this.column = column;
        }

        public static Optional<Field> parse(String name) {
            for (Field field : values()) {
                if (field.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                    return Optional.of(field);
                }
            }
            return Optional.empty();
        }
    }

    private final Pages pages;
    private final TrackedIssues tracked;
    private final Directory directory;
    private final StorageReader reader;

    public TakeFromJira(Pages pages, TrackedIssues tracked, Directory directory, StorageReader reader) {
        this.pages = pages;
        this.tracked = tracked;
        this.directory = directory;
        this.reader = reader;
    }

    public RowChange take(long pageId, String rowId, Field field, Messages messages) {
        Optional<Pages.PageContent> page = pages.read(pageId);
        Optional<Countermeasure> row = page.flatMap(p -> PageRows.of(pageId, p.storage(), reader).find(rowId));
        if (row.isEmpty()) {
            return RowChange.refused("postmortems.jira.outcome.no-such-row");
        }
        Optional<IssueKey> key = row.get().jiraKeyIfSet();
        Optional<TrackedIssue> issue = key.flatMap(tracked::byKey).filter(TrackedIssue::vouched)
                .filter(t -> t.lastSyncedIfSet().isPresent() && t.lastErrorIfSet().isEmpty());
        if (issue.isEmpty()) {
            return RowChange.refused("postmortems.jira.from-jira.not-synced", key.map(Object::toString).orElse("?"));
        }
        Optional<String> markup = switch (field) {
            case DUE -> issue.get().dueIfSet().filter(due -> !due.equals(row.get().due()))
                    .map(due -> "<p>" + StorageMarkup.date(due) + "</p>");
            case OWNER -> Optional.ofNullable(issue.get().assignee()).filter(a -> !owns(row.get(), a))
                    .map(assignee -> "<p>" + owner(assignee, issue.get().assigneeName()) + "</p>");
        };
        String shownKey = key.get().toString();
        if (markup.isEmpty()) {
            return RowChange.refused("postmortems.jira.from-jira.same", shownKey);
        }
        Map<CountermeasureColumn, String> cells = new EnumMap<>(CountermeasureColumn.class);
        cells.put(field.column, markup.get());
        RowCellWriter writer = new RowCellWriter(reader);
        boolean[] written = {false};
        pages.update(pageId, storage -> writer.write(storage, rowId, cells, PageRows.CONTEXT, PageRows.ids(pageId))
                .map(changed -> {
                    written[0] = true;
                    return changed;
                }).orElse(storage), messages.text("postmortems.jira.from-jira.version-comment", shownKey));
        return written[0] ? RowChange.done("postmortems.jira.from-jira.done", shownKey)
                : RowChange.refused("postmortems.jira.from-jira.no-cell", shownKey);
    }

    /** Whether the row's owner is the Jira assignee already, by username, as the board compares them. */
    private boolean owns(Countermeasure row, String assignee) {
        return row.ownerIfSet().flatMap(directory::find).map(Directory.Person::username)
                .filter(username -> username.equalsIgnoreCase(assignee)).isPresent();
    }

    /** A mention when Confluence knows the assignee's username (the usual shared directory), else the name as text. */
    private String owner(String assignee, String assigneeName) {
        return directory.find(new UserRef.ByUsername(assignee))
                .map(person -> StorageMarkup.mention(new UserRef.ByUsername(person.username())))
                .orElseGet(() -> StorageMarkup.escape(assigneeName == null ? assignee : assigneeName));
    }
}
