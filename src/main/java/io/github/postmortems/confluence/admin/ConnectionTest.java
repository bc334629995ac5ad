package io.github.postmortems.confluence.admin;

import com.atlassian.applinks.api.ApplicationLinkService;
import io.github.postmortems.confluence.jira.ConfluenceJiraConnections;
import io.github.postmortems.jira.CreateMeta;
import io.github.postmortems.jira.JiraClient;
import io.github.postmortems.jira.JiraConnection;
import io.github.postmortems.jira.JiraConnections;
import io.github.postmortems.jira.JiraFailure;
import io.github.postmortems.jira.JiraRateLimited;
import io.github.postmortems.jira.JiraRejected;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.JiraSettingsStore;
import io.github.postmortems.jira.JiraUnauthorized;
import io.github.postmortems.jira.JiraUnavailable;
import io.github.postmortems.settings.CreationCheck;
import io.github.postmortems.settings.FieldProblem;
import io.github.postmortems.settings.IncidentForm;
import io.github.postmortems.settings.IncidentFormCheck;
import io.github.postmortems.settings.IncidentMappingCheck;
import io.github.postmortems.settings.SettingsCheck;
import io.github.postmortems.settings.SettingsForm;
import io.github.postmortems.text.Messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * "Test connection" on the form as typed, saving nothing: asks Jira who it is and who we are there (the identity the
 * sync job uses), then what would break creating issues (as the identity that creates them), and says each problem
 * in the admin's language, beside its field, and finally whether the incident mappings fit this Jira (fields, status,
 * link types, priorities, the token's projects). A blank token means the saved one, as when saving.
 */
public final class ConnectionTest {

    /**
     * The test's outcome for the page.
     *
     * @param ok        connected, and nothing found that breaks creating issues
     * @param connected Jira answered and accepted the credentials
     * @param problems  every problem, in the admin's language
     * @param errors    the problems by form field (the first per field), for the page to place beside the fields
     */
    public record Result(boolean ok, boolean connected, String message, List<String> problems,
                         Map<String, String> errors, Choices choices) {
        public Result {
            problems = List.copyOf(problems);
            errors = Map.copyOf(errors);
        }

        static Result failed(String message) {
            return new Result(false, false, message, List.of(), Map.of(), Choices.NONE);
        }
    }

    /** What Jira offers for the form's fields: projects (key and name), the project's issue types, priorities. */
    public record Choices(List<CreateMeta.Project> projects, List<String> issueTypes, List<String> priorities) {
        static final Choices NONE = new Choices(List.of(), List.of(), List.of());

        public Choices {
            projects = List.copyOf(projects);
            issueTypes = List.copyOf(issueTypes);
            priorities = List.copyOf(priorities);
        }
    }

    /** Clients for settings that are not saved. */
    @FunctionalInterface
    public interface Connector {
        JiraConnections to(JiraSettings unsaved);

        /** Confluence's clients, reading the unsaved settings instead of the store. */
        static Connector through(ApplicationLinkService applicationLinks) {
            return unsaved -> new ConfluenceJiraConnections(new Unsaved(unsaved), applicationLinks);
        }
    }

    private final JiraSettingsStore store;
    private final Supplier<Set<String>> applicationLinks;
    private final Connector connector;
    private final Messages messages;

    public ConnectionTest(JiraSettingsStore store, Supplier<Set<String>> applicationLinks, Connector connector,
                          Messages messages) {
        this.store = store;
        this.applicationLinks = applicationLinks;
        this.connector = connector;
        this.messages = messages;
    }

    public Result run(SettingsForm form) {
        return run(form, null);
    }

    /** @param incident the incident mappings as typed; null leaves them out of the test */
    public Result run(SettingsForm form, IncidentForm incident) {
        SettingsCheck.Outcome outcome = SettingsCheck.checkForTest(form, store.load(), applicationLinks.get());
        if (outcome instanceof SettingsCheck.Outcome.Invalid invalid) {
            return withProblems(false, messages.text("postmortems.admin.test.invalid"), invalid.problems(),
                    Choices.NONE);
        }
        JiraSettings settings = ((SettingsCheck.Outcome.Valid) outcome).settings();
        if (settings.connection() instanceof JiraSettings.Connection.None) {
            return Result.failed(messages.text("postmortems.admin.test.not-configured"));
        }
        JiraConnections connections = connector.to(settings);
        String connected;
        JiraConnection background;
        try {
            background = connections.forBackground().testConnection();
            String title = background.server().serverTitle().isEmpty()
                    ? background.server().baseUrl() : background.server().serverTitle();
            connected = messages.text("postmortems.admin.test.connected", title, background.server().version(),
                    background.actingUser().displayName(), background.actingUser().username());
        } catch (JiraFailure failure) {
            return Result.failed(explain(failure));
        }
        try {
            JiraClient creator = connections.forCurrentUser();
            String actingUser = connections.actsAsEachUser()
                    ? creator.testConnection().actingUser().username() : background.actingUser().username();
            CreationCheck.Report report = CreationCheck.run(creator, settings, actingUser);
            List<FieldProblem> problems = new ArrayList<>(report.problems());
            if (incident != null) {
                IncidentFormCheck.Outcome mappings = IncidentFormCheck.check(incident);
                if (mappings instanceof IncidentFormCheck.Outcome.Valid valid) {
                    problems.addAll(IncidentMappingCheck.run(creator, valid.settings(), report.priorities(),
                            report.projects(), settings.connection() instanceof JiraSettings.Connection.Token));
                } else {
                    problems.addAll(((IncidentFormCheck.Outcome.Invalid) mappings).problems());
                }
            }
            return withProblems(true, connected, problems,
                    new Choices(report.projects(), report.issueTypes(), report.priorities()));
        } catch (JiraFailure failure) {
            return new Result(false, true, connected,
                    List.of(messages.text("postmortems.admin.check.unanswered", explain(failure))), Map.of(),
                    Choices.NONE);
        }
    }

    private Result withProblems(boolean connected, String message, List<FieldProblem> found, Choices choices) {
        List<String> problems = new ArrayList<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem problem : found) {
            String text = messages.text(problem.messageKey(), problem.arguments().toArray());
            problems.add(text);
            errors.putIfAbsent(problem.field(), text);
        }
        String said = connected && !problems.isEmpty()
                ? message + " " + messages.text("postmortems.admin.test.problems") : message;
        return new Result(connected && problems.isEmpty(), connected, said, problems, errors, choices);
    }

    private String explain(JiraFailure failure) {
        if (failure instanceof JiraUnauthorized unauthorized) {
            return unauthorized.reason() == JiraUnauthorized.Reason.NOT_AUTHENTICATED
                    ? messages.text("postmortems.admin.test.not-authenticated")
                    : messages.text("postmortems.admin.test.forbidden");
        }
        if (failure instanceof JiraRejected rejected) {
            return messages.text("postmortems.admin.test.rejected", rejected.errors().describe());
        }
        if (failure instanceof JiraRateLimited limited) {
            return messages.text("postmortems.admin.test.rate-limited", limited.retryAfter().toSeconds());
        }
        return messages.text("postmortems.admin.test.unavailable", ((JiraUnavailable) failure).getMessage());
    }

    /** The form's settings, read like saved ones by the clients; never written anywhere. */
    private record Unsaved(JiraSettings settings) implements JiraSettingsStore {
        @Override
        public JiraSettings load() {
            return settings;
        }

        @Override
        public void save(JiraSettings ignored) {
            throw new UnsupportedOperationException("A connection test saves nothing");
        }
    }
}
