package io.github.postmortems.confluence.digest;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.IntervalScheduleInfo;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;
import io.github.postmortems.digest.WeeklyDigest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The digest's job on atlassian-scheduler: once per cluster, hourly, the schedule left alone by joining nodes. */
class DigestJobTest {

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final JobRunnerKey runnerKey = mock(JobRunnerKey.class);
    private final JobId jobId = mock(JobId.class);
    private final JobConfig config = mock(JobConfig.class, RETURNS_SELF);
    private final Schedule hourly = mock(Schedule.class);
    private final WeeklyDigest digest = mock(WeeklyDigest.class);
    private final DigestJob job = new DigestJob(scheduler, digest);

    private MockedStatic<JobRunnerKey> runnerKeys;
    private MockedStatic<JobId> jobIds;
    private MockedStatic<JobConfig> configs;
    private MockedStatic<Schedule> schedules;

    @BeforeEach
    void hostValueTypes() {
        runnerKeys = mockStatic(JobRunnerKey.class);
        runnerKeys.when(() -> JobRunnerKey.of(DigestJob.RUNNER_KEY)).thenReturn(runnerKey);
        jobIds = mockStatic(JobId.class);
        jobIds.when(() -> JobId.of(DigestJob.JOB_ID)).thenReturn(jobId);
        configs = mockStatic(JobConfig.class);
        configs.when(() -> JobConfig.forJobRunnerKey(runnerKey)).thenReturn(config);
        schedules = mockStatic(Schedule.class);
        schedules.when(() -> Schedule.forInterval(3_600_000L, null)).thenReturn(hourly);
    }

    @AfterEach
    void close() {
        runnerKeys.close();
        jobIds.close();
        configs.close();
        schedules.close();
    }

    @Test
    void theFirstNodeToStartSchedulesItHourlyOncePerCluster() throws Exception {
        job.onStart();

        verify(scheduler).registerJobRunner(runnerKey, job);
        verify(scheduler).scheduleJob(jobId, config);
        verify(config).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER);
        verify(config).withSchedule(hourly);
    }

    @Test
    void aNodeJoiningLeavesTheClustersHourlyScheduleAloneAndAStoppingNodeOnlyTakesItsRunner() throws Exception {
        JobDetails details = mock(JobDetails.class);
        Schedule existing = mock(Schedule.class);
        IntervalScheduleInfo interval = mock(IntervalScheduleInfo.class);
        when(interval.getIntervalInMillis()).thenReturn(3_600_000L);
        when(existing.getIntervalScheduleInfo()).thenReturn(interval);
        when(details.getSchedule()).thenReturn(existing);
        when(scheduler.getJobDetails(jobId)).thenReturn(details);

        job.onStart();
        job.onStop();

        verify(scheduler, never()).scheduleJob(any(), any());
        verify(scheduler).unregisterJobRunner(runnerKey);
        verify(scheduler, never()).unscheduleJob(any());
    }

    @Test
    void aRunReportsWhatTheDigestDidAndFailsOnlyWhenNothingWentOut() {
        JobRunnerResponse success = mock(JobRunnerResponse.class);
        JobRunnerResponse failure = mock(JobRunnerResponse.class);
        try (MockedStatic<JobRunnerResponse> responses = mockStatic(JobRunnerResponse.class)) {
            responses.when(() -> JobRunnerResponse.success("SENT 2026-W46: 3 sent, 1 failed, 0 stopped by their recipient"))
                    .thenReturn(success);
            responses.when(() -> JobRunnerResponse.failed("SENT 2026-W47: 0 sent, 2 failed, 0 stopped by their recipient"))
                    .thenReturn(failure);
            responses.when(() -> JobRunnerResponse.success("NOT_NOW")).thenReturn(success);
            when(digest.run()).thenReturn(new WeeklyDigest.Report(WeeklyDigest.Outcome.SENT, "2026-W46", 3, 1, 0),
                    new WeeklyDigest.Report(WeeklyDigest.Outcome.SENT, "2026-W47", 0, 2, 0),
                    new WeeklyDigest.Report(WeeklyDigest.Outcome.NOT_NOW, "", 0, 0, 0));

            org.junit.jupiter.api.Assertions.assertAll(
                    () -> org.junit.jupiter.api.Assertions.assertSame(success, job.runJob(null)),
                    () -> org.junit.jupiter.api.Assertions.assertSame(failure, job.runJob(null)),
                    () -> org.junit.jupiter.api.Assertions.assertSame(success, job.runJob(null)));
        }
    }
}
