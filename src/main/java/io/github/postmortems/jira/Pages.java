package io.github.postmortems.jira;

import java.util.Optional;
import java.util.function.UnaryOperator;

/** The Confluence pages postmortems live in, as the Jira bridge needs them. */
public interface Pages {

    /** The page as it is now; empty when it does not exist or is not a page. */
    Optional<PageContent> read(long pageId);

    /**
     * Saves a new version of the page whose storage is {@code edit} applied to the page as it is at saving time (not
     * as it was read earlier, so a concurrent edit is never overwritten), with {@code comment} as version comment.
     * Nothing is saved when the edit returns the storage unchanged.
     *
     * @return whether a new version was saved
     */
    boolean update(long pageId, UnaryOperator<String> edit, String comment);

    /**
     * @param url absolute link to the page, for Jira issues to link back to it
     */
    record PageContent(long id, String title, String spaceKey, String storage, String url) {
    }
}
