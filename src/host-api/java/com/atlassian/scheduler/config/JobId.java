package com.atlassian.scheduler.config;

import java.io.Serializable;

/** Host type (reference §5.2): a final class with a static factory. */
public final class JobId implements Serializable, Comparable<JobId> {

    private static final long serialVersionUID = 1L;

    private JobId() {
    }

    public static JobId of(String id) {
        throw new UnsupportedOperationException("host type");
    }

    @Override
    public int compareTo(JobId other) {
        throw new UnsupportedOperationException("host type");
    }
}
