package io.github.postmortems.jira;

import io.github.postmortems.jira.fake.FakeJira;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** A user search answer with a user Jira cannot name (a blank username) still finds the others. */
class UsersWithGapsTest {

    private FakeJira jira;
    private JiraClient client;

    @BeforeEach
    void startJira() {
        jira = FakeJira.start().user("", "Ghost Entry", "jane@example.com").user("jsmith", "Jane Smith", "jane@example.com");
        client = new JiraClient(RetryingTransport.around(new TokenTransport(jira.baseUrl(), FakeJira.TOKEN,
                new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(10))), RetryPolicy.noRetries()));
    }

    @AfterEach
    void stopJira() {
        jira.close();
    }

    @Test
    void aUserWithoutAUsernameIsPassedOverAndTheOtherIsFoundByEmail() throws JiraFailure {
        UserLookup found = client.findUser("jane.smith", Optional.of("jane@example.com"));

        UserLookup.Found user = assertInstanceOf(UserLookup.Found.class, found);
        assertEquals("jsmith", user.user().username());
        assertEquals(UserLookup.Matched.BY_EMAIL, user.how());
    }

    @Test
    void aBlankEmailIsNoEmail() throws JiraFailure {
        jira.user("ops", "Ops", "  ");

        UserLookup.Found user = assertInstanceOf(UserLookup.Found.class, client.findUser("ops", Optional.empty()));
        assertEquals(Optional.empty(), user.user().email());
    }
}
