package com.atlassian.scheduler.config;

/** Host type (reference §5.2): an enum. */
public enum RunMode { RUN_ONCE_PER_CLUSTER, RUN_LOCALLY }
