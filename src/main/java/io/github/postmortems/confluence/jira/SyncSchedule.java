package io.github.postmortems.confluence.jira;

/** The reconcile job's schedule, as the settings page needs it: run at the interval just saved. */
@FunctionalInterface
public interface SyncSchedule {

    void reschedule();
}
