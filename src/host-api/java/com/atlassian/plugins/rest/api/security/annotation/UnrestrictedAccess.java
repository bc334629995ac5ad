package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Host type (an annotation, REST v2 in Confluence 9): lets anonymous requests reach a resource. Verified in
 * Atlassian's Slack plugin for DC (atlassian-labs/atlassian-slack-integration-server, jira-slack plugin
 * web/rest/PluginInfoResource: "@UnrestrictedAccess @Path(\"/info\")" with javax.ws.rs). Must be RUNTIME: the
 * host reads it by reflection.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnrestrictedAccess {
}
