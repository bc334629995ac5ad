package io.github.postmortems.confluence.macro;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Test resources the macro tests share. */
final class MacroFixtureResources {

    private MacroFixtureResources() {
    }

    /** A Jira Server "jira:issue_updated" webhook body, as Jira posts it. */
    static String webhookSample() {
        try (InputStream in = MacroFixtureResources.class.getResourceAsStream("/jira/webhook-issue-updated.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
