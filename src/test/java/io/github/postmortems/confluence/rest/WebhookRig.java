package io.github.postmortems.confluence.rest;

import io.github.postmortems.jira.JiraClient;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.ReconcileTrackedIssues;
import io.github.postmortems.jira.RetryPolicy;
import io.github.postmortems.jira.RetryingTransport;
import io.github.postmortems.jira.RowRef;
import io.github.postmortems.jira.Timeouts;
import io.github.postmortems.jira.TokenTransport;
import io.github.postmortems.jira.TrackedIssue;
import io.github.postmortems.jira.WebhookHints;
import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.jira.memory.FixedConnections;
import io.github.postmortems.jira.memory.FixedSettings;
import io.github.postmortems.jira.memory.InMemoryTrackedIssues;
import io.github.postmortems.postmortem.IssueKey;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The webhook endpoint wired as the plugin wires it: a fake Jira on loopback holding one issue that a page row
 * tracks, token settings with the webhook secret, and the re-read queue behind the resource.
 */
final class WebhookRig implements AutoCloseable {

    static final String SECRET = "s3cret-webhook-value-0123456789abcdef";

    final FakeJira jira;
    final String key;
    final InMemoryTrackedIssues tracked = new InMemoryTrackedIssues();
    final FixedSettings settings;
    final WebhookHints hints;
    final JiraWebhookResource webhook;

    /** @param timeout how long a re-read may wait for Jira; loopback answers at once unless a test holds it back */
    WebhookRig(String summary, String rowId, Duration timeout) {
        jira = FakeJira.start().project("OPS", "Task");
        key = jira.existingIssue("OPS", summary, "postmortem");
        tracked.save(TrackedIssue.justLinked(new RowRef(98_305L, rowId), IssueKey.parse(key).orElseThrow()));
        settings = new FixedSettings(new JiraSettings(new JiraSettings.Connection.Token(jira.baseUrl(),
                FakeJira.TOKEN), "OPS", "Task", Map.of(), Duration.ofMinutes(10), SECRET));
        JiraClient client = new JiraClient(RetryingTransport.around(new TokenTransport(jira.baseUrl(), FakeJira.TOKEN,
                new Timeouts(timeout, timeout.multipliedBy(2))), RetryPolicy.noRetries()));
        hints = new WebhookHints(new ReconcileTrackedIssues(tracked, new FixedConnections(client), Clock.systemUTC()),
                0, 0, 100, 100);
        webhook = new JiraWebhookResource(hints, settings);
    }

    @Override
    public void close() {
        jira.close();
    }
}
