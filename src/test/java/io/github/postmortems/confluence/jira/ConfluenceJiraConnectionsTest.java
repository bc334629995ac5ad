package io.github.postmortems.confluence.jira;

import com.atlassian.applinks.api.ApplicationLinkService;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.memory.FixedSettings;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

/** Whether a button press reaches Jira as the person pressing it: what vouching for a typed key rests on. */
class ConfluenceJiraConnectionsTest {

    @Test
    void anApplicationLinkActsAsEachUser() {
        assertTrue(connections(new JiraSettings.Connection.ApplicationLink(
                "144880e9-a353-312f-9412-ed028e8166fa")).actsAsEachUser());
    }

    @Test
    void aPersonalAccessTokenIsOneIdentityForEveryoneAndSoIsNoConnection() {
        assertFalse(connections(new JiraSettings.Connection.Token(URI.create("https://jira.example.com"),
                "token")).actsAsEachUser());
        assertFalse(connections(new JiraSettings.Connection.None()).actsAsEachUser());
    }

    private static ConfluenceJiraConnections connections(JiraSettings.Connection connection) {
        return new ConfluenceJiraConnections(new FixedSettings(new JiraSettings(connection, "OPS", "Task", Map.of(),
                Duration.ofMinutes(10), "")), mock(ApplicationLinkService.class));
    }
}
