package io.github.postmortems.settings;

import io.github.postmortems.jira.JiraSettings;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a submitted {@link SettingsForm} field by field and, when every field is right, turns it into the
 * {@link JiraSettings} to save. A blank token keeps the saved one, unless the Jira address changed: a token is only
 * ever sent to the Jira it was entered for.
 */
public final class SettingsCheck {

    /** Jira's own default rule for project keys (a letter, then letters, digits or underscores), upper case. */
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");
    /** URL-safe without escaping, so the webhook address reads exactly as the secret; base64url is a subset. */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9._~-]+");
    public static final int MIN_SECRET_LENGTH = 16;
    /** A week: beyond that the job is as good as off, and minutes stay far from overflowing. */
    public static final int MAX_SYNC_MINUTES = 7 * 24 * 60;
    private static final int MAX_NAME_LENGTH = 255;

    private SettingsCheck() {
    }

    /** What a check found: settings ready to save, or the problems per field. */
    public sealed interface Outcome {
        record Valid(JiraSettings settings) implements Outcome {
        }

        record Invalid(List<FieldProblem> problems) implements Outcome {
            public Invalid {
                problems = List.copyOf(problems);
            }
        }
    }

    /**
     * @param saved            what is saved now (its token is kept when the form leaves the token blank)
     * @param applicationLinks the ids of the Jira application links Confluence has
     */
    public static Outcome check(SettingsForm form, JiraSettings saved, Set<String> applicationLinks) {
        List<FieldProblem> problems = new ArrayList<>();
        JiraSettings.Connection connection = connection(form, saved, applicationLinks, problems);

        String projectKey = form.projectKey().toUpperCase(Locale.ROOT);
        if (projectKey.isEmpty() && !(connection instanceof JiraSettings.Connection.None)) {
            problems.add(FieldProblem.of("projectKey", "postmortems.admin.error.project-key-required"));
        } else if (!projectKey.isEmpty() && !PROJECT_KEY.matcher(projectKey).matches()) {
            problems.add(FieldProblem.of("projectKey", "postmortems.admin.error.project-key-format", form.projectKey()));
        }
        if (form.issueType().length() > MAX_NAME_LENGTH) {
            problems.add(FieldProblem.of("issueType", "postmortems.admin.error.too-long",
                    String.valueOf(MAX_NAME_LENGTH)));
        }
        Map<String, String> priorities = new LinkedHashMap<>();
        for (String code : SettingsForm.PRIORITY_CODES) {
            String name = form.priority(code);
            if (name.length() > MAX_NAME_LENGTH) {
                problems.add(FieldProblem.of("priorities." + code, "postmortems.admin.error.too-long",
                        String.valueOf(MAX_NAME_LENGTH)));
            } else if (!name.isEmpty()) {
                priorities.put(code, name);
            }
        }
        Duration interval = interval(form.syncIntervalMinutes(), problems);
        String secret = form.webhookSecret();
        if (!secret.isEmpty() && (secret.length() < MIN_SECRET_LENGTH || !SECRET.matcher(secret).matches())) {
            problems.add(FieldProblem.of("webhookSecret", "postmortems.admin.error.secret",
                    String.valueOf(MIN_SECRET_LENGTH)));
        }
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(problems);
        }
        return new Outcome.Valid(new JiraSettings(connection, projectKey, form.issueType(), priorities, interval, secret));
    }

    /**
     * Like {@link #check}, for "Test connection" on the form as typed: only the connection and the new-issue fields
     * count, so a half-typed sync interval or webhook secret does not stop the test.
     */
    public static Outcome checkForTest(SettingsForm form, JiraSettings saved, Set<String> applicationLinks) {
        SettingsForm tested = new SettingsForm(form.connection(), form.applicationLinkId(), form.baseUrl(), form.token(),
                form.projectKey(), form.issueType(), form.priorities(),
                String.valueOf(JiraSettings.DEFAULT_SYNC_INTERVAL.toMinutes()), "");
        return check(tested, saved, applicationLinks);
    }

    private static JiraSettings.Connection connection(SettingsForm form, JiraSettings saved,
                                                      Set<String> applicationLinks, List<FieldProblem> problems) {
        switch (form.connection()) {
            case SettingsForm.NONE:
                return new JiraSettings.Connection.None();
            case SettingsForm.APPLICATION_LINK:
                if (!applicationLinks.contains(form.applicationLinkId())) {
                    problems.add(FieldProblem.of("applicationLinkId", "postmortems.admin.error.application-link"));
                    return new JiraSettings.Connection.None();
                }
                return new JiraSettings.Connection.ApplicationLink(form.applicationLinkId());
            case SettingsForm.TOKEN:
                return tokenConnection(form, saved, problems);
            default:
                problems.add(FieldProblem.of("connection", "postmortems.admin.error.connection"));
                return new JiraSettings.Connection.None();
        }
    }

    private static JiraSettings.Connection tokenConnection(SettingsForm form, JiraSettings saved,
                                                           List<FieldProblem> problems) {
        URI baseUrl = baseUrl(form.baseUrl());
        if (baseUrl == null) {
            problems.add(FieldProblem.of("baseUrl", "postmortems.admin.error.base-url"));
        }
        String token = form.token();
        if (token.isEmpty() && saved.connection() instanceof JiraSettings.Connection.Token savedToken) {
            if (baseUrl != null && !sameJira(baseUrl, savedToken.baseUrl())) {
                problems.add(FieldProblem.of("token", "postmortems.admin.error.token-for-new-address"));
                return new JiraSettings.Connection.None();
            }
            token = savedToken.token();
        } else if (token.isEmpty()) {
            problems.add(FieldProblem.of("token", "postmortems.admin.error.token-required"));
        } else if (token.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            problems.add(FieldProblem.of("token", "postmortems.admin.error.token-format"));
        }
        if (baseUrl == null || !problems.isEmpty()) {
            return new JiraSettings.Connection.None();
        }
        return new JiraSettings.Connection.Token(baseUrl, token);
    }

    /** An absolute http(s) address with a host and nothing after the path, without its trailing slashes. */
    static URI baseUrl(String typed) {
        try {
            URI uri = new URI(typed.replaceAll("/+$", ""));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                return null;
            }
            return uri;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean sameJira(URI typed, URI saved) {
        return typed.toString().equalsIgnoreCase(saved.toString().replaceAll("/+$", ""));
    }

    private static Duration interval(String typed, List<FieldProblem> problems) {
        try {
            long minutes = Long.parseLong(typed);
            if (minutes >= 1 && minutes <= MAX_SYNC_MINUTES) {
                return Duration.ofMinutes(minutes);
            }
        } catch (NumberFormatException e) {
            // Not a whole number: reported below like one out of range.
        }
        problems.add(FieldProblem.of("syncIntervalMinutes", "postmortems.admin.error.sync-interval",
                String.valueOf(MAX_SYNC_MINUTES)));
        return JiraSettings.DEFAULT_SYNC_INTERVAL;
    }
}
