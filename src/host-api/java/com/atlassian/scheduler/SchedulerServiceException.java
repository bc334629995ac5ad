package com.atlassian.scheduler;

/** Host type (reference §5.2): a checked exception. */
public class SchedulerServiceException extends Exception {

    public SchedulerServiceException(String message) {
        super(message);
    }

    public SchedulerServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
