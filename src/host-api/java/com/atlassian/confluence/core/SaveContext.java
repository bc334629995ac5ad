package com.atlassian.confluence.core;

/** Host type (an interface), the third argument of ContentEntityManager.saveNewVersion (decompiled Confluence). */
public interface SaveContext {
}
