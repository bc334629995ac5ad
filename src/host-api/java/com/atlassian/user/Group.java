package com.atlassian.user;

/**
 * Host type (host-signatures user.tsv, atlassian-user 3.0): a group of users. An interface extending
 * com.atlassian.user.Entity; the plugin only passes it back to Confluence, so nothing of it is declared.
 */
public interface Group {
}
