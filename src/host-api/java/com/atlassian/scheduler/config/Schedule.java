package com.atlassian.scheduler.config;

import java.util.Date;

/** Host type (reference §5.2): a final class with static factories. */
public final class Schedule {

    private Schedule() {
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        throw new UnsupportedOperationException("host type");
    }

    /** The interval schedule's details, or null when this is a cron or run-once schedule. */
    public IntervalScheduleInfo getIntervalScheduleInfo() {
        throw new UnsupportedOperationException("host type");
    }
}
