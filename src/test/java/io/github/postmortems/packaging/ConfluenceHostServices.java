package io.github.postmortems.packaging;

import java.util.List;

/**
 * What Confluence publishes as OSGi services (host components, registered by the system bundle under their interface
 * names), each with where that was seen. A model of the host, not a copy of the plugin's references: a reference to
 * an interface missing here is a reference Confluence would never satisfy. Only interfaces we declare in
 * src/host-api can be registered in the test host, so the model lists those.
 */
final class ConfluenceHostServices {

    record HostService(String type, String seenAt) {
    }

    /** Atlassian's Slack integration for Confluence DC (9.x/10.x), its one list of @ComponentImport host services. */
    private static final String SLACK = "atlassian-labs/atlassian-slack-integration-server: "
            + "confluence-slack-server-integration-plugin/src/main/java/com/atlassian/confluence/plugins/slack/ComponentImports.java";
    /** Public DC plugin sources that take it as a @ComponentImport constructor parameter (code search, not one repository). */
    private static final String COMPONENT_IMPORTS = "@ComponentImport constructor parameters in public Confluence/Jira DC plugins";

    static final List<HostService> ALL = List.of(
            new HostService("com.atlassian.sal.api.message.I18nResolver", SLACK),
            new HostService("com.atlassian.sal.api.user.UserManager", SLACK + " (@ComponentImport(\"salUserManager\"))"),
            new HostService("com.atlassian.sal.api.ApplicationProperties", SLACK + " (@ComponentImport(\"salApplicationProperties\"))"),
            new HostService("com.atlassian.sal.api.pluginsettings.PluginSettingsFactory", SLACK),
            new HostService("com.atlassian.sal.api.auth.LoginUriProvider", SLACK),
            new HostService("com.atlassian.sal.api.timezone.TimeZoneManager", SLACK),
            new HostService("com.atlassian.sal.api.transaction.TransactionTemplate", SLACK),
            new HostService("com.atlassian.templaterenderer.TemplateRenderer", SLACK),
            new HostService("com.atlassian.activeobjects.external.ActiveObjects", SLACK),
            new HostService("com.atlassian.event.api.EventPublisher", SLACK),
            new HostService("com.atlassian.confluence.pages.PageManager", SLACK),
            new HostService("com.atlassian.confluence.spaces.SpaceManager", SLACK),
            new HostService("com.atlassian.confluence.security.PermissionManager", SLACK),
            new HostService("com.atlassian.confluence.labels.LabelManager", COMPONENT_IMPORTS
                    + " (e.g. labels, blueprint and related-pages code taking LabelManager with PageManager)"),
            new HostService("com.atlassian.applinks.api.ApplicationLinkService", COMPONENT_IMPORTS
                    + " (Confluence and Jira macros and REST clients taking ApplicationLinkService)"),
            new HostService("com.atlassian.scheduler.SchedulerService", COMPONENT_IMPORTS
                    + " (job registrars in Confluence and Jira plugins taking SchedulerService)"));

    private ConfluenceHostServices() {
    }
}
