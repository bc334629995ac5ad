package com.atlassian.scheduler;

/** Host type (reference §5.2): a final class with static factories. */
public final class JobRunnerResponse {

    private JobRunnerResponse() {
    }

    public static JobRunnerResponse success(String message) {
        throw new UnsupportedOperationException("host type");
    }

    public static JobRunnerResponse failed(String message) {
        throw new UnsupportedOperationException("host type");
    }

    public static JobRunnerResponse aborted(String message) {
        throw new UnsupportedOperationException("host type");
    }
}
