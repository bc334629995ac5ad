package io.github.postmortems.confluence.admin;

import com.atlassian.applinks.api.ApplicationId;
import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.github.postmortems.confluence.support.VelocityTemplateRenderer;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.text.BundleMessages;
import io.github.postmortems.text.Messages;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The admin feature wired as Confluence wires it, Mockito standing in for host services only: Confluence at
 * /confluence (canonically https://wiki.example.com/confluence), two Jira application links, an administrator, a
 * system administrator and a plain user, and the settings store on in-memory SAL settings.
 */
public final class AdminFixture {

    public static final String ADMIN = "8a7f808a6a1b2c3d016a1b2c3d4e0010";
    public static final String SYSADMIN = "8a7f808a6a1b2c3d016a1b2c3d4e0011";
    public static final String USER = "8a7f808a6a1b2c3d016a1b2c3d4e0012";
    public static final String LINK_ID = "0b1e4c6a-7d2f-3a51-9c84-5e2f0a9c7d11";
    public static final String SECOND_LINK_ID = "4c2d1e0f-8a9b-3c4d-8e5f-6a7b8c9d0e1f";
    public static final String TOKEN = "NjQ3MzE2OTk4NTQ1OrZ1bJ3n0tAr3alT0k3n";
    public static final String SECRET = "k3Jv9_Qx-2mN8pL4tR7wZ1yB5cD0eF6gH8iJ0kL2mN4";

    public final ApplicationProperties application = mock(ApplicationProperties.class);
    public final UserManager users = mock(UserManager.class);
    public final ApplicationLinkService applicationLinks = mock(ApplicationLinkService.class);
    public final MapPluginSettings pluginSettings = new MapPluginSettings();
    public final PluginSettingsJiraSettingsStore store = new PluginSettingsJiraSettingsStore(pluginSettings);
    public final PluginSettingsIncidentSettingsStore incidents =
            new PluginSettingsIncidentSettingsStore(pluginSettings, store);
    public final PluginSettingsApprovalRulesStore approvalRules = new PluginSettingsApprovalRulesStore(pluginSettings);
    public final PluginSettingsDigestStore digest = new PluginSettingsDigestStore(pluginSettings);
    public final PluginSettingsSloPolicyStore slo = new PluginSettingsSloPolicyStore(pluginSettings);
    public final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();
    public final Messages messages;
    /** How often the settings page asked the reconcile job to run at a new interval. */
    public final java.util.concurrent.atomic.AtomicInteger reschedules = new java.util.concurrent.atomic.AtomicInteger();

    public AdminFixture() {
        this(BundleMessages.english());
    }

    public AdminFixture(Messages messages) {
        this.messages = messages;
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/confluence");
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://wiki.example.com/confluence");
        when(users.isAdmin(new UserKey(ADMIN))).thenReturn(true);
        when(users.isSystemAdmin(new UserKey(SYSADMIN))).thenReturn(true);
        List<ApplicationLink> links = List.of(link(LINK_ID, "Company Jira", "https://jira.example.com"),
                link(SECOND_LINK_ID, "Jira <Staging> & Test", "https://jira-staging.example.com"));
        when(applicationLinks.getApplicationLinks(JiraApplicationType.class)).thenReturn(links);
    }

    private static ApplicationLink link(String id, String name, String url) {
        ApplicationLink link = mock(ApplicationLink.class);
        when(link.getId()).thenReturn(new ApplicationId(id));
        when(link.getName()).thenReturn(name);
        when(link.getDisplayUrl()).thenReturn(URI.create(url));
        return link;
    }

    /** The current request's user for REST resources and servlets; null for anonymous. */
    public AdminFixture signedInAs(String userKey) {
        UserKey key = userKey == null ? null : new UserKey(userKey);
        when(users.getRemoteUserKey()).thenReturn(key);
        when(users.getRemoteUserKey(any())).thenReturn(key);
        return this;
    }

    public AdminFixture savedWithToken() {
        store.save(new JiraSettings(new JiraSettings.Connection.Token(URI.create("https://jira.example.com"), TOKEN),
                "OPS", "Task", Map.of("P1", "Highest", "P2", "High", "P3", "Medium", "P4", "Low"),
                Duration.ofMinutes(10), SECRET));
        return this;
    }

    /** Saved with a token for this Jira (a fake Jira's address and token). */
    public AdminFixture savedWithToken(URI jira, String token) {
        store.save(new JiraSettings(new JiraSettings.Connection.Token(jira, token), "OPS", "Task", Map.of(),
                Duration.ofMinutes(10), SECRET));
        return this;
    }

    public AdminAccess access() {
        return new AdminAccess(users);
    }

    public AdminPages pages() {
        return new AdminPages(store, incidents, applicationLinks, application, approvalRules, slo,
                new DigestSections(digest, () -> java.time.ZoneId.of("Europe/Berlin"), messages), messages);
    }

    public AdminSettings settings() {
        return new AdminSettings(store, incidents, pages(), messages, reschedules::incrementAndGet);
    }
}
