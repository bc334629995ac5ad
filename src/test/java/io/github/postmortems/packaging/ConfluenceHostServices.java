package io.github.postmortems.packaging;

import java.util.List;

/**
 * What Confluence publishes to plugins as OSGi services, under their interface names, each with where that was seen.
 * A model of the host, not a copy of the plugin's references: a reference to an interface missing here is one
 * Confluence would never satisfy. Only interfaces we declare in src/host-api can be registered in the test host, so
 * the model lists those. The test host registers them all from the system bundle; in Confluence some come from
 * bundled plugins (Active Objects, application links, the template renderer), which a plugin cannot tell apart.
 */
final class ConfluenceHostServices {

    record HostService(String type, String seenAt) {
    }

    /** Atlassian's Slack integration for Confluence DC: its one list of @ComponentImport host services. */
    private static final String SLACK = "@ComponentImport in atlassian-labs/atlassian-slack-integration-server@94c50dc "
            + "confluence-slack-integration/confluence-slack-server-integration-plugin/src/main/java/com/atlassian/"
            + "confluence/plugins/slack/ComponentImports.java";
    /** Confluence 8.7.2's own bundled plugins, decompiled (the source of the recorded host signatures). */
    private static final String BUNDLED = "@ComponentImport constructor parameter in ngannk-fptu/Decompiled-Files@e0c88ec ";

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
            new HostService("com.atlassian.confluence.pages.AttachmentManager", BUNDLED
                    + "Confluence's attachments macro, com/atlassian/confluence/extra/attachments/AttachmentsMacro.java"),
            new HostService("com.atlassian.confluence.labels.LabelManager", BUNDLED
                    + "com.atlassian.confluence.plugins.confluence-create-content-plugin-18.7.17/com/atlassian/confluence/"
                    + "plugins/createcontent/actions/DefaultIndexPageManager.java"),
            new HostService("com.atlassian.applinks.api.ApplicationLinkService", BUNDLED
                    + "com.atlassian.confluence.extra.team-calendars.team-calendars-18.7.6/com/atlassian/confluence/extra/"
                    + "calendar3/calendarstore/DefaultJiraAccessor.java"),
            new HostService("com.atlassian.scheduler.SchedulerService", BUNDLED
                    + "com.atlassian.confluence.image.effects.ImageEffectsPlugin-18.7.56/com/atlassian/confluence/image/"
                    + "effects/CacheCleanupJobScheduler.java"),
            new HostService("com.atlassian.mail.server.MailServerManager", BUNDLED
                    + "Confluence's request-access plugin, com/atlassian/confluence/plugins/requestaccess/"
                    + "contextprovider/RestrictedPageContextProvider.java (find_string id 41699937840)"),
            new HostService("com.atlassian.confluence.user.UserAccessor", BUNDLED
                    + "Confluence's request-access plugin, com/atlassian/confluence/plugins/requestaccess/"
                    + "notifications/AccessGrantedNotificationContextProvider.java (find_string id 41600756090)"),
            new HostService("com.atlassian.sal.api.message.LocaleResolver", BUNDLED
                    + "Confluence's auditing coverage plugin, com/atlassian/confluence/plugins/auditing/listeners/"
                    + "NavigationLinksAuditListener.java (find_string id 41608612132)"),
            // published too, though the plugin does not use them today
            new HostService("com.atlassian.confluence.core.ContentEntityManager", BUNDLED
                    + "com.atlassian.confluence.plugins.confluence-create-content-plugin-18.7.17/com/atlassian/confluence/"
                    + "plugins/createcontent/impl/DefaultContentBlueprintService.java (@Qualifier(\"contentEntityManager\"))"),
            new HostService("com.atlassian.event.api.EventListenerRegistrar", BUNDLED
                    + "com.atlassian.confluence.plugins.confluence-auditing-coverage-18.7.56/com/atlassian/confluence/"
                    + "plugins/auditing/listeners/SearchAuditListener.java (@ComponentImport(\"eventPublisher\"))"));

    private ConfluenceHostServices() {
    }
}
