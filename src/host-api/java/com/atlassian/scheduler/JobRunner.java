package com.atlassian.scheduler;

/** Host type (reference §5.2): the SPI a plugin implements; runJob returns null or a JobRunnerResponse. */
public interface JobRunner {

    JobRunnerResponse runJob(JobRunnerRequest request);
}
