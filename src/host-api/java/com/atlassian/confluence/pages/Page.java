package com.atlassian.confluence.pages;

/**
 * Host type (a class; host-signatures confluence.tsv): a page, as opposed to a blog post. Its own members we call are the
 * parent and child ones; the rest is declared on {@link AbstractPage} and above.
 */
public class Page extends AbstractPage {

    public Page getParent() {
        throw new UnsupportedOperationException("host type");
    }

    public void setParentPage(Page parent) {
        throw new UnsupportedOperationException("host type");
    }

    /** Adds a child and sets its parent (create-content puts a blueprint page under its index page so). */
    public void addChild(Page child) {
        throw new UnsupportedOperationException("host type");
    }
}
