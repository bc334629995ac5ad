package io.github.postmortems.digest;

import io.github.postmortems.postmortem.Text;
import io.github.postmortems.postmortem.UserRef;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An open countermeasure with an owner who is a Confluence user and a due day, as the index keeps it for the digest.
 *
 * @param row      the countermeasure's 1-based row in the page's table
 * @param issueKey its Jira issue; null when it has none
 * @param due      Jira's due date when the issue has one, else the page's (as the list counts overdue)
 */
public record DueCountermeasure(long pageId, String spaceKey, String pageTitle, int row, String text, UserRef owner,
                                LocalDate due, String issueKey) {

    public DueCountermeasure {
        Objects.requireNonNull(spaceKey, "spaceKey");
        pageTitle = Text.requireNonBlank(pageTitle, "pageTitle");
        text = Text.requireNonBlank(text, "text");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(due, "due");
        if (owner instanceof UserRef.Named) {
            throw new IllegalArgumentException("a typed name receives no mail: " + owner.fallbackText());
        }
        if (row < 1) {
            throw new IllegalArgumentException("rows are 1-based: " + row);
        }
    }
}
