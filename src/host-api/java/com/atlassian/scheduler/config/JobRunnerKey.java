package com.atlassian.scheduler.config;

import java.io.Serializable;

/** Host type (reference §5.2): a final class with a static factory. */
public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey> {

    private static final long serialVersionUID = 1L;

    private JobRunnerKey() {
    }

    public static JobRunnerKey of(String key) {
        throw new UnsupportedOperationException("host type");
    }

    @Override
    public int compareTo(JobRunnerKey other) {
        throw new UnsupportedOperationException("host type");
    }
}
