package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityManager;

/**
 * Host type (an interface extending ContentEntityManager, reference §9 lists it as an interface). getPage(long) is
 * the call public plugins make ("Page page = pageManager.getPage(pageId)").
 */
public interface PageManager extends ContentEntityManager {

    Page getPage(long id);
}
