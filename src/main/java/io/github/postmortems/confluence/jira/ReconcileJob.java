package io.github.postmortems.confluence.jira;

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
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.JiraSettingsStore;
import io.github.postmortems.jira.ReconcileTrackedIssues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The periodic reconcile of every tracked issue with Jira: once per cluster, at the interval the administrator set,
 * so issues whose webhook was missed (Jira down, webhook not set up) still show their current status. Exported as a
 * SAL {@link LifecycleAware} service (jira-context.xml), which starts and stops it.
 */
public class ReconcileJob implements JobRunner, SyncSchedule, LifecycleAware {

    static final String RUNNER_KEY = "io.github.postmortems.confluence:jira-reconcile";
    static final String JOB_ID = "io.github.postmortems.confluence:jira-reconcile-job";
    private static final Logger LOG = LoggerFactory.getLogger(ReconcileJob.class);

    private final SchedulerService scheduler;
    private final ReconcileTrackedIssues reconcile;
    private final JiraSettingsStore settings;

    public ReconcileJob(SchedulerService scheduler, ReconcileTrackedIssues reconcile, JiraSettingsStore settings) {
        this.scheduler = scheduler;
        this.reconcile = reconcile;
        this.settings = settings;
    }

    /**
     * SAL calls this on every node once Confluence has started and the plugin is enabled (the scheduler is still in
     * standby while Spring builds the context, so an init-method is too early). The runner is registered on each node;
     * the job is scheduled only when the cluster does not already have it at the configured interval, so a node
     * joining does not restart the cluster's timer.
     */
    @Override
    public void onStart() {
        scheduler.registerJobRunner(JobRunnerKey.of(RUNNER_KEY), this);
        long interval = intervalMillis();
        JobDetails existing = scheduler.getJobDetails(JobId.of(JOB_ID));
        IntervalScheduleInfo current = existing == null || existing.getSchedule() == null ? null
                : existing.getSchedule().getIntervalScheduleInfo();
        if (current == null || current.getIntervalInMillis() != interval) {
            schedule(interval);
        }
    }

    /**
     * The plugin is disabled or this node stops: only this node's runner goes. The schedule lives in the cluster's
     * shared database, and unscheduling here would delete it for every node until one starts again.
     */
    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(JobRunnerKey.of(RUNNER_KEY));
    }

    /** The administrator changed the interval: replace the cluster's schedule (scheduleJob replaces by job id). */
    @Override
    public void reschedule() {
        schedule(intervalMillis());
    }

    private long intervalMillis() {
        return settings.load().syncInterval().toMillis();
    }

    private void schedule(long interval) {
        try {
            scheduler.scheduleJob(JobId.of(JOB_ID), JobConfig.forJobRunnerKey(JobRunnerKey.of(RUNNER_KEY))
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(interval, null)));
        } catch (SchedulerServiceException e) {
            LOG.error("Could not schedule the Jira reconcile job; issue statuses will only update from webhooks", e);
        }
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        JiraSettings current = settings.load();
        if (current.connection() instanceof JiraSettings.Connection.None) {
            return JobRunnerResponse.success("Jira is not set up; nothing to reconcile");
        }
        ReconcileTrackedIssues.Report report = reconcile.reconcileAll();
        String summary = String.join(", ", report.summary());
        if (report.failedBatches() > 0) {
            LOG.warn("Jira reconcile: {}; last failure: {}", summary, report.lastFailure());
            return JobRunnerResponse.failed(summary + "; last failure: " + report.lastFailure());
        }
        return JobRunnerResponse.success(summary);
    }
}
