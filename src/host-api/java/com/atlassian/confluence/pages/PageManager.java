package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityManager;

/**
 * Host type (an interface extending ContentEntityManager; host-signatures confluence.tsv). Every lookup by id is
 * deprecated in 8.7.2 without a non-deprecated replacement on this interface; getAbstractPage(long) is the one
 * Atlassian's own Slack integration calls in its builds against Confluence 9.0.3 and 10.0.1
 * (atlassian-labs/atlassian-slack-integration-server, SlackMessageEventListener), so it is the one we use.
 */
public interface PageManager extends ContentEntityManager {

    AbstractPage getAbstractPage(long id);

    /** Deprecated in 8.7.2 too (no replacement on this interface): the page of that title in that space, or null. */
    Page getPage(String spaceKey, String title);
}
