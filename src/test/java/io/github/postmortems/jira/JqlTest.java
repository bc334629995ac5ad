package io.github.postmortems.jira;

import io.github.postmortems.postmortem.IssueKey;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JqlTest {

    @Test
    void quotesEveryKey() {
        assertEquals("issuekey in (\"OPS-1\", \"INC-22\")",
                Jql.issueKeysIn(List.of(new IssueKey("OPS", 1), new IssueKey("INC", 22))));
    }

    @Test
    void aQuoteInsideAValueCannotEndTheString() {
        assertEquals("\"a\\\"b\\\\c\"", Jql.quoted("a\"b\\c"));
    }

    @Test
    void refusesEmptyQueries() {
        assertThrows(IllegalArgumentException.class, () -> Jql.issueKeysIn(List.of()));
        assertThrows(IllegalArgumentException.class, () -> Jql.allLabels(List.of()));
    }
}
