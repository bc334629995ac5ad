package io.github.postmortems.confluence.digest;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.IntervalScheduleInfo;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;
import io.github.postmortems.digest.WeeklyDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The weekly digest's job: once per cluster, every hour. The digest itself decides whether this run is the week's
 * (the administrator's day, from 08:00 in the site's zone, not yet sent), so a change of day or zone needs no new
 * schedule, and a run missed while the cluster was down is made up by the next. Exported as a SAL
 * {@link LifecycleAware} service (digest-context.xml), which starts and stops it, as the Jira reconcile job.
 */
public class DigestJob implements JobRunner, LifecycleAware {

    static final String RUNNER_KEY = "io.github.postmortems.confluence:weekly-digest";
    static final String JOB_ID = "io.github.postmortems.confluence:weekly-digest-job";
    static final long INTERVAL_MILLIS = 60L * 60 * 1000;
    private static final Logger LOG = LoggerFactory.getLogger(DigestJob.class);

    private final SchedulerService scheduler;
    private final WeeklyDigest digest;

    public DigestJob(SchedulerService scheduler, WeeklyDigest digest) {
        this.scheduler = scheduler;
        this.digest = digest;
    }

    /** Registers this node's runner; schedules the job only when the cluster does not already have it hourly. */
    @Override
    public void onStart() {
        scheduler.registerJobRunner(JobRunnerKey.of(RUNNER_KEY), this);
        JobDetails existing = scheduler.getJobDetails(JobId.of(JOB_ID));
        IntervalScheduleInfo current = existing == null || existing.getSchedule() == null ? null
                : existing.getSchedule().getIntervalScheduleInfo();
        if (current == null || current.getIntervalInMillis() != INTERVAL_MILLIS) {
            try {
                scheduler.scheduleJob(JobId.of(JOB_ID), JobConfig.forJobRunnerKey(JobRunnerKey.of(RUNNER_KEY))
                        .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                        .withSchedule(Schedule.forInterval(INTERVAL_MILLIS, null)));
            } catch (SchedulerServiceException e) {
                LOG.error("Could not schedule the weekly postmortem digest; no digest will be sent", e);
            }
        }
    }

    /** Only this node's runner goes: the schedule is the cluster's. */
    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(JobRunnerKey.of(RUNNER_KEY));
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        WeeklyDigest.Report report = digest.run();
        String summary = report.outcome() + (report.week().isEmpty() ? ""
                : " " + report.week() + ": " + report.sent() + " sent, " + report.failed() + " failed, "
                        + report.stopped() + " stopped by their recipient");
        return report.failed() > 0 && report.sent() == 0 ? JobRunnerResponse.failed(summary)
                : JobRunnerResponse.success(summary);
    }
}
