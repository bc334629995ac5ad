package io.github.postmortems.incident;

import io.github.postmortems.postmortem.IssueKey;

import java.util.Optional;

/**
 * What a person types or pastes into the wizard's incident field: a key ({@code OPS-12}), an issue's address
 * ({@code https://jira.example.com/browse/OPS-12}) or a board's address with the issue open
 * ({@code ...?selectedIssue=OPS-12}).
 */
public final class IncidentReference {

    /** Longer than any issue address; anything longer is not one, and is not searched. */
    static final int MAX_CHARS = 2_000;
    private static final String BROWSE = "/browse/";
    private static final String SELECTED = "selectedIssue=";

    private IncidentReference() {
    }

    public static Optional<IssueKey> parse(String typed) {
        if (typed == null || typed.length() > MAX_CHARS) {
            return Optional.empty();
        }
        String text = typed.strip();
        int selected = text.indexOf(SELECTED);
        if (selected >= 0) {
            return IssueKey.parse(upTo(text.substring(selected + SELECTED.length()), "&#"));
        }
        int browse = text.indexOf(BROWSE);
        if (browse >= 0) {
            return IssueKey.parse(upTo(text.substring(browse + BROWSE.length()), "/?#&"));
        }
        return IssueKey.parse(text);
    }

    private static String upTo(String text, String stops) {
        for (int i = 0; i < text.length(); i++) {
            if (stops.indexOf(text.charAt(i)) >= 0) {
                return text.substring(0, i);
            }
        }
        return text;
    }
}
