package io.github.postmortems.postmortem;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IssueKeyTest {

    @Test
    void parsesKeysInAnyCaseAndSpacing() {
        assertEquals(Optional.of(new IssueKey("OPS", 142)), IssueKey.parse(" ops-142 "));
        assertEquals("AB_2-7", IssueKey.parse("ab_2-7").orElseThrow().toString());
    }

    @Test
    void parsesOnlyWholeKeys() {
        assertEquals(Optional.empty(), IssueKey.parse("OPS-0"));
        assertEquals(Optional.empty(), IssueKey.parse("see OPS-1"));
        assertEquals(Optional.empty(), IssueKey.parse("1OPS-1"));
        assertEquals(Optional.empty(), IssueKey.parse(null));
    }

    @Test
    void aProjectKeyLongerThanJiraAllowsIsNoKeyRatherThanAnError() {
        assertEquals(255, IssueKey.parse("A".repeat(255) + "-1").orElseThrow().projectKey().length());
        assertEquals(Optional.empty(), IssueKey.parse("A".repeat(256) + "-1"));
        assertEquals(Optional.empty(), IssueKey.find("see " + "A".repeat(300) + "-1"));
    }

    @Test
    void findsAKeyInsideUrlsAndSentences() {
        assertEquals(Optional.of(new IssueKey("OPS", 7)), IssueKey.find("https://jira.example.com/browse/OPS-7?x=1"));
        assertEquals(Optional.of(new IssueKey("INC", 42)), IssueKey.find("tracked in INC-42."));
        // Anything shaped like a key is one until Jira says otherwise: "UTF-8" reads as a key.
        assertEquals(Optional.of(new IssueKey("UTF", 8)), IssueKey.find("encoded as UTF-8"));
    }

    @Test
    void refusesLowerCaseProjectKeysInTheConstructor() {
        assertThrows(IllegalArgumentException.class, () -> new IssueKey("ops", 1));
    }
}
