package com.atlassian.applinks.api.application.jira;

import com.atlassian.applinks.api.ApplicationType;

/** Host type (reference §5.6): an interface. */
public interface JiraApplicationType extends ApplicationType {
}
