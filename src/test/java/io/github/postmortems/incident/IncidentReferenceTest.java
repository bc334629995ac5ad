package io.github.postmortems.incident;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncidentReferenceTest {

    @ParameterizedTest
    @CsvSource({
            "OPS-12, OPS-12",
            "' ops-12 ', OPS-12",
            "https://jira.example.com/browse/OPS-12, OPS-12",
            "https://jira.example.com/jira/browse/OPS-12?focusedCommentId=10100, OPS-12",
            "https://jira.example.com/browse/OPS-12#comment, OPS-12",
            "https://jira.example.com/secure/RapidBoard.jspa?rapidView=3&selectedIssue=OPS-12&quickFilter=1, OPS-12",
            "https://jira.example.com/projects/OPS/issues/?selectedIssue=ops-7, OPS-7"
    })
    void readsAKeyOrTheKeyInAnIssueAddress(String typed, String key) {
        assertEquals(key, IncidentReference.parse(typed).orElseThrow().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "OPS", "OPS-0", "https://jira.example.com/browse/", "see OPS-12 please",
            "https://jira.example.com/projects/OPS"})
    void refusesWhatIsNeitherAKeyNorAnIssueAddress(String typed) {
        assertTrue(IncidentReference.parse(typed).isEmpty(), typed);
    }

    @org.junit.jupiter.api.Test
    void refusesTextLongerThanAnyAddressWithoutReadingIt() {
        assertTrue(IncidentReference.parse("https://x/browse/OPS-1?" + "a".repeat(IncidentReference.MAX_CHARS)).isEmpty());
    }
}
