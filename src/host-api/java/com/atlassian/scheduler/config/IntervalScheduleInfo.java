package com.atlassian.scheduler.config;

/** Host type (atlassian-scheduler-api 4.1.0; host-signatures scheduler.tsv): a final class. Subset we call. */
public final class IntervalScheduleInfo {

    private IntervalScheduleInfo() {
    }

    public long getIntervalInMillis() {
        throw new UnsupportedOperationException("host type");
    }
}
