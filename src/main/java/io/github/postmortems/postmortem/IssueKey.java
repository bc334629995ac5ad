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
    /** The longest issue number read: 18 digits always fit a long. */
    private static final int MAX_NUMBER_DIGITS = 18;
    /** A key as {@link #parse} reads it, written as a pattern for finding keys in longer text. */
    private static final String KEY = "([A-Za-z][A-Za-z0-9_]*)-([1-9][0-9]{0," + (MAX_NUMBER_DIGITS - 1) + "})";
    private static final Pattern KEY_IN_TEXT = Pattern.compile("(?<![A-Za-z0-9_])" + KEY + "(?![0-9])");

    public IssueKey {
        if (projectKey == null || projectKey.length() > MAX_PROJECT_KEY
                || !isProjectKey(projectKey, 0, projectKey.length(), false)) {
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
        // Read by hand, not by the pattern above: keys are read in every countermeasure row of every view. The project
        // key can hold no "-", so the first one ends it; the number is the rest.
        String typed = Text.withoutInvisibles(text);
        int dash = typed.indexOf('-');
        int digits = typed.length() - dash - 1;
        if (dash < 1 || dash > MAX_PROJECT_KEY || !isProjectKey(typed, 0, dash, true)
                || digits < 1 || digits > MAX_NUMBER_DIGITS || typed.charAt(dash + 1) == '0') {
            return Optional.empty();
        }
        for (int i = dash + 1; i < typed.length(); i++) {
            if (typed.charAt(i) < '0' || typed.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        return Optional.of(new IssueKey(typed.substring(0, dash).toUpperCase(Locale.ROOT),
                Long.parseLong(typed, dash + 1, typed.length(), 10)));
    }

    /**
     * Whether {@code [from, to)} is a non-empty project key: an ASCII letter, then ASCII letters, digits or
     * underscores; upper-case letters only unless {@code anyCase}.
     */
    private static boolean isProjectKey(String text, int from, int to, boolean anyCase) {
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z' || anyCase && c >= 'a' && c <= 'z';
            if (!letter && (i == from || (c < '0' || c > '9') && c != '_')) {
                return false;
            }
        }
        return true;
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
