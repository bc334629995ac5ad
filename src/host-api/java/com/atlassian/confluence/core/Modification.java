package com.atlassian.confluence.core;

/**
 * Host type (an interface): the edit saveNewVersion applies to the current version. Verified in decompiled Confluence
 * code ("new Modification&lt;BlogPost&gt;() { public void modify(BlogPost blogPost) ... }").
 */
public interface Modification<T> {

    void modify(T content);
}
