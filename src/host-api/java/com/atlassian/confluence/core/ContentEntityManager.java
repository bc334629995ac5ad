package com.atlassian.confluence.core;

/**
 * Host type (an interface). Verified in Confluence's decompiled ContentEntityManager:
 * {@code <T extends ContentEntityObject> void saveNewVersion(T, Modification<T>, @Nullable SaveContext)}.
 */
public interface ContentEntityManager {

    /**
     * Saves a new page (how create-content saves a blueprint's page and its index page). Abstract in the host; a
     * default here only so that test doubles of PageManager written before it need not implement it (the check
     * compares descriptors and static-ness, and the host's implementation is what runs).
     */
    default void saveContentEntity(ContentEntityObject object, SaveContext saveContext) {
        throw new UnsupportedOperationException("host type");
    }

    <T extends ContentEntityObject> void saveNewVersion(T current, Modification<T> modification, SaveContext saveContext);
}
