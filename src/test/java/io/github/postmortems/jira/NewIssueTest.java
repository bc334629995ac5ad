package io.github.postmortems.jira;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NewIssueTest {

    @Test
    void refusesWhatJiraWouldRefuse() {
        assertThrows(IllegalArgumentException.class, () -> NewIssue.in("ops", "Task", "x"));
        assertThrows(IllegalArgumentException.class, () -> NewIssue.in("OPS", " ", "x"));
        assertThrows(IllegalArgumentException.class, () -> NewIssue.in("OPS", "Task", "two\nlines"));
        assertThrows(IllegalArgumentException.class, () -> NewIssue.in("OPS", "Task", "x".repeat(256)));
        assertThrows(IllegalArgumentException.class, () -> NewIssue.in("OPS", "Task", "x").labelled("has space"));
        assertThrows(IllegalArgumentException.class, () -> NewIssue.in("OPS", "Task", "x").assignedTo(""));
    }

    @Test
    void keepsEachLabelOnceInTheOrderGiven() {
        NewIssue issue = NewIssue.in("OPS", "Task", "x").labelled("postmortem", "pm-1").labelled("postmortem");

        assertEquals(List.of("postmortem", "pm-1"), issue.labels());
    }
}
