package io.github.postmortems.jira;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IssueSnapshotReaderTest {

    @Test
    void readsJiraTimesWithAnOffsetWithoutColon() throws JiraUnavailable {
        IssueSnapshot issue = IssueSnapshotReader.read(JsonParser.parseString("""
                {"id":"10001","key":"OPS-7","fields":{
                  "status":{"name":"Closed","statusCategory":{"key":"done","name":"Done","colorName":"green"}},
                  "assignee":null,"duedate":null,
                  "resolutiondate":"2026-10-04T17:39:00.000+0200","updated":"2026-10-04T15:40:00.123+0000"}}
                """));

        assertEquals(Optional.of(Instant.parse("2026-10-04T15:39:00Z")), issue.resolved());
        assertEquals(Optional.of(Instant.parse("2026-10-04T15:40:00.123Z")), issue.updated());
        assertTrue(issue.statusCategory().isDone());
    }

    @Test
    void aStatusWithoutCategoryIsUndefined() throws JiraUnavailable {
        IssueSnapshot issue = IssueSnapshotReader.read(JsonParser.parseString(
                "{\"id\":\"1\",\"key\":\"OPS-7\",\"fields\":{\"status\":{\"name\":\"Weird\"}}}"));

        assertEquals(JiraStatusCategory.Kind.UNDEFINED, issue.statusCategory().kind());
    }

    @Test
    void anIssueWithoutStatusIsAnAnswerJiraWouldNotGive() {
        assertThrows(JiraUnavailable.class, () -> IssueSnapshotReader.read(JsonParser.parseString(
                "{\"id\":\"1\",\"key\":\"OPS-7\",\"fields\":{}}")));
        assertThrows(JiraUnavailable.class, () -> IssueSnapshotReader.read(JsonParser.parseString(
                "{\"id\":\"1\",\"key\":\"OPS-7\",\"fields\":{\"status\":{\"name\":\" \"}}}")));
    }

    @Test
    void aTimeJiraWouldNotWriteIsReadAsNoneKeepingTheStatus() throws JiraUnavailable {
        IssueSnapshot issue = IssueSnapshotReader.read(JsonParser.parseString(
                "{\"id\":\"1\",\"key\":\"OPS-7\",\"fields\":{\"status\":{\"name\":\"Open\"},\"updated\":\"yesterday\"}}"));

        assertEquals("Open", issue.statusName());
        assertEquals(Optional.empty(), issue.updated());
    }
}
