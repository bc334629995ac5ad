package io.github.postmortems.countermeasure;

import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.Text;
import io.github.postmortems.postmortem.UserRef;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An action the team agreed on so the incident does not happen again (or hurts less). Its status lives in Jira once
 * it has a key; the page holds what people agreed on.
 *
 * @param row      1-based data row in the page's countermeasures table
 * @param text     what will be done, as plain text
 * @param owner    who follows it up; null when not yet agreed
 * @param due      when it should be done; null when not yet agreed
 * @param priority null when not given
 * @param type     null when not given
 * @param jiraKey  the Jira issue that tracks it; null until one exists
 * @param ticked   the page marks it done (a completed Confluence task); Jira's status still decides once it has a key
 * @param drafted  the row still carries the "From Jira" lozenge it was drafted with from the incident's links
 */
public record Countermeasure(int row, String text, UserRef owner, LocalDate due, Priority priority,
                            CountermeasureType type, IssueKey jiraKey, boolean ticked, boolean drafted) {

    public Countermeasure {
        if (row < 1) {
            throw new IllegalArgumentException("rows are 1-based: " + row);
        }
        text = Text.requireNonBlank(text, "text");
    }

    public Countermeasure(int row, String text, UserRef owner, LocalDate due, Priority priority,
                          CountermeasureType type, IssueKey jiraKey, boolean ticked) {
        this(row, text, owner, due, priority, type, jiraKey, ticked, false);
    }

    public Countermeasure(int row, String text, UserRef owner, LocalDate due, Priority priority,
                          CountermeasureType type, IssueKey jiraKey) {
        this(row, text, owner, due, priority, type, jiraKey, false);
    }

    /** A countermeasure as read from a page. */
    public static Countermeasure parsed(int row, String text, UserRef owner, LocalDate due, Priority priority,
                                        CountermeasureType type, IssueKey jiraKey) {
        return new Countermeasure(row, text, owner, due, priority, type, jiraKey);
    }

    /** The same countermeasure, now tracked by {@code key}. */
    public Countermeasure trackedBy(IssueKey key) {
        return new Countermeasure(row, text, owner, due, priority, type, key, ticked, drafted);
    }

    /** The same countermeasure, ticked as done on the page. */
    public Countermeasure asTicked() {
        return new Countermeasure(row, text, owner, due, priority, type, jiraKey, true, drafted);
    }

    /** The same countermeasure, marked as drafted from the incident and not yet edited by a person. */
    public Countermeasure asDrafted() {
        return new Countermeasure(row, text, owner, due, priority, type, jiraKey, ticked, true);
    }

    /** Done, as the page says, and not tracked in Jira: nobody needs to create an issue for it. */
    public boolean doneOutsideJira() {
        return ticked && jiraKey == null;
    }

    public Optional<UserRef> ownerIfSet() {
        return Optional.ofNullable(owner);
    }

    public Optional<LocalDate> dueIfSet() {
        return Optional.ofNullable(due);
    }

    public Optional<Priority> priorityIfSet() {
        return Optional.ofNullable(priority);
    }

    public Optional<CountermeasureType> typeIfSet() {
        return Optional.ofNullable(type);
    }

    public Optional<IssueKey> jiraKeyIfSet() {
        return Optional.ofNullable(jiraKey);
    }
}
