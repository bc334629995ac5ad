package com.atlassian.applinks.api;

import java.io.Serializable;
import java.util.UUID;

/**
 * Host type (applinks-api 9.1.4; host-signatures applinks.tsv). It behaves as the real one does (applinks-api source in
 * the decompiled 8.7.2 tree the records come from): the constructor accepts only a java.util.UUID string and throws
 * IllegalArgumentException for anything else, null included.
 */
public class ApplicationId implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;

    public ApplicationId(String id) {
        if (id == null) {
            throw new IllegalArgumentException("id must not be null");
        }
        try {
            UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("id must be a valid java.util.UUID string: " + id, e);
        }
        this.id = id;
    }

    public String get() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApplicationId that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
