package com.atlassian.confluence.core;

/**
 * Host type (an interface). Verified in Confluence's decompiled ContentEntityManager:
 * {@code <T extends ContentEntityObject> void saveNewVersion(T, Modification<T>, @Nullable SaveContext)}.
 */
public interface ContentEntityManager {

    /** Saves a new page (how create-content saves a blueprint's page and its index page). */
    void saveContentEntity(ContentEntityObject object, SaveContext saveContext);

    <T extends ContentEntityObject> void saveNewVersion(T current, Modification<T> modification, SaveContext saveContext);
}
