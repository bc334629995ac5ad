package com.atlassian.scheduler.config;

import java.util.Date;

/** Stand-in for the host's value type (the declaration throws). */
public final class Schedule {

    private final long intervalInMillis;
    private final Date firstRunTime;

    private Schedule(long intervalInMillis, Date firstRunTime) {
        this.intervalInMillis = intervalInMillis;
        this.firstRunTime = firstRunTime;
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(intervalInMillis, firstRunTime);
    }

    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return new IntervalScheduleInfo(intervalInMillis);
    }

    @Override
    public String toString() {
        return "every " + intervalInMillis + " ms from " + firstRunTime;
    }
}
