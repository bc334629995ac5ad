package io.github.postmortems.review;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

/** The pages reviews are written into, through the app's one page-write path. */
public interface ReviewPages {

    /** The current version of the page; empty when it is gone or no page. */
    Optional<Page> read(long pageId);

    /**
     * Saves one new version whose storage is {@code edit} applied to the page as it is at saving time.
     *
     * @return the version saved; empty when nothing was saved (the page is gone, or the edit changed nothing)
     */
    OptionalInt write(long pageId, UnaryOperator<String> edit, String comment);

    record Page(long id, String spaceKey, String storage, int version) {
    }
}
