package com.atlassian.scheduler;

import java.util.Date;

/** Host type (reference §5.2): an interface. Subset we call. */
public interface JobRunnerRequest {

    Date getStartTime();

    boolean isCancellationRequested();
}
