package io.github.postmortems.jira;

import io.github.postmortems.postmortem.Text;

import java.util.Objects;

/**
 * Which countermeasure row of which page a Jira issue tracks. The row id is derived from what the row says (see the
 * sync use case), so pressing "Create Jira issues" twice names the same row the same way, and it is also written to
 * the issue as a label, which is how a creation interrupted before we learned its key is found again.
 *
 * @param pageId Confluence page (content) id
 * @param rowId  short stable id of the row within the page: lower-case letters and digits
 */
public record RowRef(long pageId, String rowId) {


    public RowRef {
        if (pageId <= 0) {
            throw new IllegalArgumentException("page ids are positive: " + pageId);
        }
        Objects.requireNonNull(rowId, "rowId");
        if (!isRowId(rowId)) {
            throw new IllegalArgumentException("row ids are 4 to 40 lower-case letters and digits: " + rowId);
        }
    }

    /** {@code [a-z0-9]{4,40}}, checked by hand: every countermeasure row of every view makes a reference. */
    private static boolean isRowId(String rowId) {
        if (rowId.length() < 4 || rowId.length() > 40) {
            return false;
        }
        for (int i = 0; i < rowId.length(); i++) {
            char c = rowId.charAt(i);
            if ((c < 'a' || c > 'z') && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
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
