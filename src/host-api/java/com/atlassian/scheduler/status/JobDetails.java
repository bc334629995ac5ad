package com.atlassian.scheduler.status;

import com.atlassian.scheduler.config.Schedule;

/** Host type (atlassian-scheduler-api 4.1.0; host-signatures scheduler.tsv): an interface. Subset we call. */
public interface JobDetails {

    Schedule getSchedule();
}
