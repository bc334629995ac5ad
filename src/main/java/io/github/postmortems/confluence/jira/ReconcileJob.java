package io.github.postmortems.confluence.jira;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.JiraSettingsStore;
import io.github.postmortems.jira.ReconcileTrackedIssues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The periodic reconcile of every tracked issue with Jira: once per cluster, at the interval the administrator set,
 * so issues whose webhook was missed (Jira down, webhook not set up) still show their current status.
 */
public class ReconcileJob implements JobRunner, SyncSchedule {

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

    /** Registers the runner and schedules the job at the configured interval (Spring init-method). */
    public void register() {
        scheduler.registerJobRunner(JobRunnerKey.of(RUNNER_KEY), this);
        reschedule();
    }

    /** Schedules the job again, e.g. after the administrator changed the interval. */
    @Override
    public void reschedule() {
        long interval = settings.load().syncInterval().toMillis();
        try {
            scheduler.scheduleJob(JobId.of(JOB_ID), JobConfig.forJobRunnerKey(JobRunnerKey.of(RUNNER_KEY))
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(interval, null)));
        } catch (SchedulerServiceException e) {
            LOG.error("Could not schedule the Jira reconcile job; issue statuses will only update from webhooks", e);
        }
    }

    /** Spring destroy-method: the plugin is being disabled. */
    public void unregister() {
        scheduler.unscheduleJob(JobId.of(JOB_ID));
        scheduler.unregisterJobRunner(JobRunnerKey.of(RUNNER_KEY));
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
