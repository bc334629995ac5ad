package com.atlassian.scheduler;

import com.atlassian.scheduler.status.JobDetails;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

/** Host type (reference §5.2, atlassian-scheduler 4.1.0): an interface. Subset we call. */
public interface SchedulerService {

    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    void unscheduleJob(JobId jobId);

    /** The job's details as the cluster has them, or null when no job has that id. */
    JobDetails getJobDetails(JobId jobId);
}
