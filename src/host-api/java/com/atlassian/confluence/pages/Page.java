package com.atlassian.confluence.pages;

/**
 * Host type (a class; host-signatures confluence.tsv): a page, as opposed to a blog post. Everything we call on it is
 * declared on {@link AbstractPage} and above.
 */
public class Page extends AbstractPage {
}
