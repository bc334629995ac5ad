package com.atlassian.scheduler.config;

import java.io.Serializable;

/** Stand-in for the host's value type (the declaration throws), so the plugin can schedule its job at start. */
public final class JobId implements Serializable, Comparable<JobId> {

    private static final long serialVersionUID = 1L;
    private final String id;

    private JobId(String id) {
        this.id = id;
    }

    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public int compareTo(JobId other) {
        return id.compareTo(other.id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobId that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
