package com.atlassian.confluence.core;

/**
 * Host type (an interface). Verified in Confluence's decompiled ContentEntityManager:
 * {@code <T extends ContentEntityObject> void saveNewVersion(T, Modification<T>, @Nullable SaveContext)}.
 */
public interface ContentEntityManager {

    <T extends ContentEntityObject> void saveNewVersion(T current, Modification<T> modification, SaveContext saveContext);
}
