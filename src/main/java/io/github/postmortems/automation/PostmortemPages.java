package io.github.postmortems.automation;

import java.util.List;
import java.util.Optional;

/** The host's spaces and pages, as the signed-in caller may use them. */
public interface PostmortemPages {

    enum SpaceAccess {
        /** No such space, or one the caller may not see: answered alike, so a space's existence is not told. */
        UNKNOWN,
        /** The caller sees the space but may not create pages in it. */
        READ_ONLY,
        CREATE
    }

    SpaceAccess access(String spaceKey);

    /** The current page with this id; empty once trashed or purged. */
    Optional<PageRef> current(long pageId);

    /** Whether the caller may view the current page with this id (a page can be restricted below its space). */
    boolean mayView(long pageId);

    /**
     * Creates the page in one transaction: under the space's postmortem index page (created first, as the blueprint
     * creates it, when the space has none), with the postmortem label, by the caller, titled with the first of
     * {@code titles} that no page of the space has.
     *
     * @throws IllegalStateException when every title is taken
     */
    PageRef create(String spaceKey, List<String> titles, String storage);
}
