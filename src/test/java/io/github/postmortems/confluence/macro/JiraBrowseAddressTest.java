package io.github.postmortems.confluence.macro;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A Jira's browse address is its base address without trailing slashes, then "/browse/"; http(s) only. */
class JiraBrowseAddressTest {

    @Test
    void dropsEveryTrailingSlashOfTheBaseAndKeepsTheRest() {
        for (String base : new String[] {"https://jira.example.com", "https://jira.example.com/",
                "https://jira.example.com///", "http://host:8080/jira/", "https://x.example/a/b//", "https://x.example"
                + "/a%2F/", "HTTPS://jira.example.com"}) {
            assertEquals(base.replaceAll("/+$", "") + "/browse/", JiraIssueLinks.Jira.at(URI.create(base), "J").browse(),
                    base);
        }
        assertEquals("", JiraIssueLinks.Jira.at(URI.create("ftp://jira.example.com/"), "J").browse());
        assertEquals("", JiraIssueLinks.Jira.at(null, "J").browse());
        assertEquals("", JiraIssueLinks.Jira.at(URI.create("https://jira.example.com"), null).name());
    }
}
