package com.atlassian.applinks.api;

import java.io.Serializable;

/** Host type (reference §5.6): a class. */
public class ApplicationId implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;

    public ApplicationId(String id) {
        this.id = id;
    }

    public String get() {
        return id;
    }
}
