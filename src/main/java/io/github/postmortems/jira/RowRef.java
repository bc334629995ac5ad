package io.github.postmortems.jira;

import io.github.postmortems.postmortem.Text;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which countermeasure row of which page a Jira issue tracks. The row id is derived from what the row says (see the
 * sync use case), so pressing "Create Jira issues" twice names the same row the same way, and it is also written to
 * the issue as a label, which is how a creation interrupted before we learned its key is found again.
 *
 * @param pageId Confluence page (content) id
 * @param rowId  short stable id of the row within the page: lower-case letters and digits
 */
public record RowRef(long pageId, String rowId) {

    private static final Pattern ROW_ID = Pattern.compile("[a-z0-9]{4,40}");

    public RowRef {
        if (pageId <= 0) {
            throw new IllegalArgumentException("page ids are positive: " + pageId);
        }
        Objects.requireNonNull(rowId, "rowId");
        if (!ROW_ID.matcher(rowId).matches()) {
            throw new IllegalArgumentException("row ids are 4 to 40 lower-case letters and digits: " + rowId);
        }
    }

    /** One value for stores that key on a single column: {@code <pageId>:<rowId>}. */
    public String asKey() {
        return pageId + ":" + rowId;
    }

    public static RowRef fromKey(String key) {
        int colon = Text.requireNonBlank(key, "key").indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a row key: " + key);
        }
        return new RowRef(Long.parseLong(key.substring(0, colon)), key.substring(colon + 1));
    }
}
