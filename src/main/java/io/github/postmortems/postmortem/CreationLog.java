package io.github.postmortems.postmortem;

/**
 * Remembers which postmortem pages were created from the blueprint and by whom, for the postmortem index. The index
 * (Active Objects) implements it later; until then it is only logged.
 */
public interface CreationLog {

    /** A postmortem page now exists. */
    void pageCreated(long pageId, UserRef creator);
}
