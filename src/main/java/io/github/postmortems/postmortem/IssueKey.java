package io.github.postmortems.postmortem;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Jira issue key such as {@code OPS-142}: a project key (a letter, then letters, digits or underscores) and a
 * positive issue number. Stored upper case, as Jira shows it.
 */
public record IssueKey(String projectKey, long number) {

    /** Jira refuses longer project keys; a longer one in text (or a webhook) is not a key, not a failure. */
    private static final int MAX_PROJECT_KEY = 255;
    private static final Pattern PROJECT = Pattern.compile("[A-Z][A-Z0-9_]{0," + (MAX_PROJECT_KEY - 1) + "}");
    private static final Pattern KEY = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)-([1-9][0-9]{0,17})");
    private static final Pattern KEY_IN_TEXT = Pattern.compile("(?<![A-Za-z0-9_])" + KEY.pattern() + "(?![0-9])");

    public IssueKey {
        if (projectKey == null || !PROJECT.matcher(projectKey).matches()) {
            throw new IllegalArgumentException("Not a Jira project key: " + projectKey);
        }
        if (number < 1) {
            throw new IllegalArgumentException("Jira issue numbers start at 1: " + number);
        }
    }

    /** Reads a key typed by a person ({@code ops-142}, {@code  OPS-142 }); empty when it does not look like one. */
    public static Optional<IssueKey> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = KEY.matcher(Text.withoutInvisibles(text));
        if (!m.matches() || m.group(1).length() > MAX_PROJECT_KEY) {
            return Optional.empty();
        }
        return Optional.of(new IssueKey(m.group(1).toUpperCase(Locale.ROOT), Long.parseLong(m.group(2))));
    }

    /** Finds the first key inside longer text, such as a Jira URL ({@code .../browse/OPS-142}). */
    public static Optional<IssueKey> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = KEY_IN_TEXT.matcher(Text.withoutInvisibles(text));
        while (m.find()) {
            Optional<IssueKey> key = parse(m.group());
            if (key.isPresent()) {
                return key;
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return projectKey + "-" + number;
    }
}
