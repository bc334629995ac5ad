package io.github.postmortems.confluence.jira;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.IntervalScheduleInfo;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.ReconcileTrackedIssues;
import io.github.postmortems.jira.memory.FixedSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The reconcile job in a cluster: every node registers its runner when SAL starts the plugin, the cluster keeps one
 * schedule, and a node that stops takes only its runner away. The scheduler's value types are the host's (final
 * classes with static factories), so Mockito stands in for their factories here.
 */
class ReconcileJobTest {

    private static final long TEN_MINUTES = Duration.ofMinutes(10).toMillis();

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final JobRunnerKey runnerKey = mock(JobRunnerKey.class);
    private final JobId jobId = mock(JobId.class);
    private final JobConfig config = mock(JobConfig.class, RETURNS_SELF);
    private final Schedule tenMinutes = mock(Schedule.class);
    private final ReconcileJob job = new ReconcileJob(scheduler, mock(ReconcileTrackedIssues.class),
            new FixedSettings(new JiraSettings(new JiraSettings.Connection.Token(URI.create("https://jira.example.com"),
                    "pat"), "OPS", "Task", Map.of(), Duration.ofMinutes(10), "")));

    private MockedStatic<JobRunnerKey> runnerKeys;
    private MockedStatic<JobId> jobIds;
    private MockedStatic<JobConfig> configs;
    private MockedStatic<Schedule> schedules;

    @BeforeEach
    void hostValueTypes() {
        runnerKeys = mockStatic(JobRunnerKey.class);
        runnerKeys.when(() -> JobRunnerKey.of(ReconcileJob.RUNNER_KEY)).thenReturn(runnerKey);
        jobIds = mockStatic(JobId.class);
        jobIds.when(() -> JobId.of(ReconcileJob.JOB_ID)).thenReturn(jobId);
        configs = mockStatic(JobConfig.class);
        configs.when(() -> JobConfig.forJobRunnerKey(runnerKey)).thenReturn(config);
        schedules = mockStatic(Schedule.class);
        schedules.when(() -> Schedule.forInterval(TEN_MINUTES, null)).thenReturn(tenMinutes);
    }

    @AfterEach
    void close() {
        runnerKeys.close();
        jobIds.close();
        configs.close();
        schedules.close();
    }

    @Test
    void theFirstNodeToStartRegistersItsRunnerAndSchedulesOncePerClusterAtTheSetInterval() throws Exception {
        job.onStart();

        verify(scheduler).registerJobRunner(runnerKey, job);
        verify(scheduler).scheduleJob(jobId, config);
        verify(config).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER);
        verify(config).withSchedule(tenMinutes);
    }

    @Test
    void aNodeJoiningAClusterThatHasTheScheduleRegistersItsRunnerAndLeavesTheTimerAlone() throws Exception {
        clusterHasScheduleEvery(TEN_MINUTES);

        job.onStart();

        verify(scheduler).registerJobRunner(runnerKey, job);
        verify(scheduler, never()).scheduleJob(any(), any());
    }

    @Test
    void aScheduleAtAnotherIntervalIsReplaced() throws Exception {
        clusterHasScheduleEvery(TEN_MINUTES * 3);

        job.onStart();

        verify(scheduler).scheduleJob(jobId, config);
    }

    @Test
    void aStoppingNodeTakesOnlyItsRunnerAwayAndNeverTheClustersSchedule() {
        job.onStop();

        verify(scheduler).unregisterJobRunner(runnerKey);
        verify(scheduler, never()).unscheduleJob(any());
    }

    @Test
    void aNewIntervalFromTheAdministratorReplacesTheSchedule() throws Exception {
        clusterHasScheduleEvery(TEN_MINUTES * 3);

        job.reschedule();

        verify(scheduler).scheduleJob(jobId, config);
        schedules.verify(() -> Schedule.forInterval(anyLong(), any()));
    }

    private void clusterHasScheduleEvery(long millis) {
        JobDetails details = mock(JobDetails.class);
        Schedule existing = mock(Schedule.class);
        IntervalScheduleInfo interval = mock(IntervalScheduleInfo.class);
        when(interval.getIntervalInMillis()).thenReturn(millis);
        when(existing.getIntervalScheduleInfo()).thenReturn(interval);
        when(details.getSchedule()).thenReturn(existing);
        when(scheduler.getJobDetails(jobId)).thenReturn(details);
    }
}
