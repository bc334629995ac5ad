package io.github.postmortems.jira;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JiraErrorsTest {

    @Test
    void readsMessagesAndFieldErrors() {
        JiraErrors errors = JiraErrors.parse("{\"errorMessages\":[\"Something is off\"],\"errors\":{\"duedate\":"
                + "\"Field 'duedate' cannot be set. It is not on the appropriate screen, or unknown.\"}}");

        assertEquals(List.of("Something is off"), errors.messages());
        assertEquals(Optional.of("Field 'duedate' cannot be set. It is not on the appropriate screen, or unknown."),
                errors.forField("duedate"));
        assertEquals("Something is off; duedate: Field 'duedate' cannot be set. It is not on the appropriate screen, "
                + "or unknown.", errors.describe());
    }

    @Test
    void describesFieldsInAStableOrder() {
        JiraErrors errors = new JiraErrors(List.of(), Map.of("summary", "s", "assignee", "a"));

        assertEquals("assignee: a; summary: s", errors.describe());
    }

    @Test
    void aProxysHtmlPageBecomesOneShortMessage() {
        JiraErrors errors = JiraErrors.parse("<html>" + "x".repeat(500) + "</html>");

        assertEquals(1, errors.messages().size());
        assertTrue(errors.messages().get(0).startsWith("<html>xxx"));
        assertTrue(errors.messages().get(0).length() <= 201);
    }

    @Test
    void jsonThatIsNotJirasErrorBodyIsShownAsItIs() {
        assertEquals(List.of("{\"status\":\"down\"}"), JiraErrors.parse("{\"status\":\"down\"}").messages());
    }

    @Test
    void anEmptyBodyHasNoErrorsAndSaysSo() {
        assertTrue(JiraErrors.parse("").isEmpty());
        assertEquals("no reason given", JiraErrors.parse(null).describe());
    }
}
