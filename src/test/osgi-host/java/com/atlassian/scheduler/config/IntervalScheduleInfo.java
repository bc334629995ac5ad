package com.atlassian.scheduler.config;

/** Stand-in for the host's value type (the declaration throws). */
public final class IntervalScheduleInfo {

    private final long intervalInMillis;

    IntervalScheduleInfo(long intervalInMillis) {
        this.intervalInMillis = intervalInMillis;
    }

    public long getIntervalInMillis() {
        return intervalInMillis;
    }
}
