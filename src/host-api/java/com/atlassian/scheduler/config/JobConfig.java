package com.atlassian.scheduler.config;

/** Host type (reference §5.2): a final class; forJobRunnerKey defaults to RUN_ONCE_PER_CLUSTER. */
public final class JobConfig {

    private JobConfig() {
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        throw new UnsupportedOperationException("host type");
    }

    public JobConfig withRunMode(RunMode runMode) {
        throw new UnsupportedOperationException("host type");
    }

    public JobConfig withSchedule(Schedule schedule) {
        throw new UnsupportedOperationException("host type");
    }
}
