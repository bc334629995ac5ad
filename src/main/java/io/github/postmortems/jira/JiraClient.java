package io.github.postmortems.jira;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.postmortems.postmortem.IssueKey;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The typed calls the app makes to Jira DC's REST API v2, over any {@link JiraTransport} (wrap it in a
 * {@link RetryingTransport} for retries). Every call either returns what Jira answered, typed, or throws one of the
 * {@link JiraFailure} family.
 *
 * <p><b>No duplicate issues.</b> {@link #createIssue} is the one call that is not safe to repeat: when it fails with a
 * {@link JiraUnavailable} whose {@link JiraUnavailable#mayHaveReachedJira()} is true (timeout, reset, 5xx, an answer
 * we could not read), the issue may exist. Before creating again, call {@link #findByLabels} with the labels that
 * identify the countermeasure; create only when that finds nothing. Every other call here is safe to repeat.
 */
public final class JiraClient {

    /** Keys per search request: short enough for any proxy's URL and body limits and for Jira's JQL parser. */
    public static final int MAX_KEYS_PER_SEARCH = 100;
    private static final int USERS_PER_LOOKUP = 50;
    /** Projects and priorities offered as choices: more than anyone scrolls through. */
    public static final int MAX_CHOICES = 1000;
    private static final int PAGE_SIZE = 50;
    /** Create screens have tens of fields; a Jira that pages on and on is cut off. */
    private static final int MAX_PAGES = 20;

    private final JiraTransport transport;
    private final Clock clock;
    private final IssueSearch search;

    public JiraClient(JiraTransport transport) {
        this(transport, Clock.systemUTC());
    }

    public JiraClient(JiraTransport transport, Clock clock) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.search = new IssueSearch(transport, clock, MAX_KEYS_PER_SEARCH);
    }

    /**
     * {@code POST /rest/api/2/issue}. Not safe to repeat: see the class comment for what to do when the outcome is
     * unknown. A {@link JiraRejected} means Jira refused the fields (per field in {@link JiraErrors#fieldErrors()})
     * and created nothing.
     */
    public CreatedIssue createIssue(NewIssue issue) throws JiraFailure {
        JsonObject created = call(JiraRequest.post("/rest/api/2/issue", issue.toJson(), Idempotency.UNSAFE),
                "creating an issue");
        String key = Json.string(created, "key")
                .orElseThrow(() -> Json.unreadable("creating an issue", "no key in " + created));
        String id = Json.string(created, "id").orElse("");
        try {
            return new CreatedIssue(IssueKey.parse(key).orElseThrow(), id);
        } catch (RuntimeException e) {
            throw Json.unreadable("creating an issue", "key '" + key + "', id '" + id + "'");
        }
    }

    /**
     * Where each issue stands, in requests of at most {@value #MAX_KEYS_PER_SEARCH} keys asking only for the fields
     * a {@link IssueSnapshot} needs. Keys that no longer exist come back in {@link FoundIssues#missing()}.
     */
    public FoundIssues findIssues(Collection<IssueKey> keys) throws JiraFailure {
        List<IssueKey> distinct = List.copyOf(new LinkedHashSet<>(keys));
        Map<IssueKey, IssueSnapshot> found = new LinkedHashMap<>();
        Set<IssueKey> missing = new LinkedHashSet<>();
        List<String> warnings = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += MAX_KEYS_PER_SEARCH) {
            FoundIssues batch = search.byKeys(distinct.subList(from, Math.min(distinct.size(), from + MAX_KEYS_PER_SEARCH)));
            found.putAll(batch.issues());
            missing.addAll(batch.missing());
            warnings.addAll(batch.warnings());
        }
        return new FoundIssues(found, missing, warnings);
    }

    /**
     * Issues carrying every one of the labels, oldest first: how an issue created earlier is found again (after a
     * create whose outcome was unknown, or a crash before its key was written to the page).
     */
    public List<IssueSnapshot> findByLabels(Collection<String> labels) throws JiraFailure {
        return search.byJql(Jql.allLabels(List.copyOf(new LinkedHashSet<>(labels))));
    }

    /** {@code POST /rest/api/2/issue/{key}/remotelink}; the link's globalId makes a repeat update, not duplicate. */
    public void linkToPage(IssueKey issue, RemoteLink link) throws JiraFailure {
        send(JiraRequest.post("/rest/api/2/issue/" + issue + "/remotelink", link.toJson(), Idempotency.SAFE));
    }

    /**
     * {@code POST /rest/api/2/issueLink} with the link type by name ("Relates"). Jira answers a link that already
     * exists as if it had created it, so a repeat adds nothing.
     */
    public void link(IssueKey outward, IssueKey inward, String linkType) throws JiraFailure {
        if (linkType == null || linkType.isBlank()) {
            throw new IllegalArgumentException("An issue link needs its type's name");
        }
        JsonObject body = new JsonObject();
        body.add("type", named("name", linkType));
        body.add("inwardIssue", named("key", inward.toString()));
        body.add("outwardIssue", named("key", outward.toString()));
        send(JiraRequest.post("/rest/api/2/issueLink", body.toString(), Idempotency.SAFE));
    }

    public void relate(IssueKey issue, IssueKey relatedTo) throws JiraFailure {
        link(issue, relatedTo, "Relates");
    }

    /**
     * The Jira user for a Confluence user: by exact username first (Confluence and Jira DC usually share a user
     * directory), then by exact e-mail. Inactive users are never matched. Jira's user search matches prefixes of
     * username, name and e-mail, so the answers are filtered for exact matches here.
     */
    public UserLookup findUser(String username, Optional<String> email) throws JiraFailure {
        if (username != null && !username.isBlank()) {
            Optional<JiraUser> exact = usersMatching(username).stream()
                    .filter(u -> u.username().equalsIgnoreCase(username))
                    .findFirst();
            if (exact.isPresent()) {
                return new UserLookup.Found(exact.get(), UserLookup.Matched.BY_USERNAME);
            }
        }
        if (email.isEmpty() || email.get().isBlank()) {
            return new UserLookup.NotFound();
        }
        String wanted = email.get().strip().toLowerCase(Locale.ROOT);
        List<JiraUser> byEmail = usersMatching(wanted).stream()
                .filter(u -> u.email().map(e -> e.toLowerCase(Locale.ROOT).equals(wanted)).orElse(false))
                .toList();
        return switch (byEmail.size()) {
            case 0 -> new UserLookup.NotFound();
            case 1 -> new UserLookup.Found(byEmail.get(0), UserLookup.Matched.BY_EMAIL);
            default -> new UserLookup.Ambiguous(byEmail);
        };
    }

    /** "Test connection": Jira answers at all ({@code serverInfo}) and accepts our credentials ({@code myself}). */
    public JiraConnection testConnection() throws JiraFailure {
        JsonObject info = call(JiraRequest.get("/rest/api/2/serverInfo"), "server info");
        ServerInfo server = new ServerInfo(Json.string(info, "baseUrl").orElse(null),
                Json.string(info, "version").orElse(null), Json.string(info, "serverTitle").orElse(null),
                Json.string(info, "deploymentType").orElse(null));
        return new JiraConnection(server, user(call(JiraRequest.get("/rest/api/2/myself"), "myself")));
    }

    /** {@code GET /rest/api/2/project/{key}}; empty when Jira has no such project or hides it from us (404). */
    public Optional<CreateMeta.Project> project(String key) throws JiraFailure {
        try {
            JsonObject project = call(JiraRequest.get("/rest/api/2/project/" + JiraRequest.encode(key)), "a project");
            return Optional.of(project(project));
        } catch (JiraRejected rejected) {
            if (rejected.status() == 404) {
                return Optional.empty();
            }
            throw rejected;
        }
    }

    /** Every project we may browse ({@code GET /rest/api/2/project}), at most {@value #MAX_CHOICES}. */
    public List<CreateMeta.Project> projects() throws JiraFailure {
        List<CreateMeta.Project> projects = new ArrayList<>();
        for (JsonObject project : objects(JiraRequest.get("/rest/api/2/project"), "the projects")) {
            if (Json.string(project, "key").isPresent() && projects.size() < MAX_CHOICES) {
                projects.add(project(project));
            }
        }
        return projects;
    }

    /**
     * Whether we may create issues in the project: {@code GET /rest/api/2/mypermissions} with
     * {@code permissions=CREATE_ISSUES}, which Jira DC 9 requires.
     */
    public boolean mayCreateIssues(String projectKey) throws JiraFailure {
        JsonObject answer = call(JiraRequest.get("/rest/api/2/mypermissions",
                Map.of("projectKey", projectKey, "permissions", "CREATE_ISSUES")), "my permissions");
        return Json.string(answer, "permissions", "CREATE_ISSUES", "havePermission").map(Boolean::parseBoolean)
                .orElse(false);
    }

    /** Jira's priorities ({@code GET /rest/api/2/priority}) by name, at most {@value #MAX_CHOICES}. */
    public List<String> priorities() throws JiraFailure {
        List<String> names = new ArrayList<>();
        for (JsonObject priority : objects(JiraRequest.get("/rest/api/2/priority"), "the priorities")) {
            Json.string(priority, "name").filter(name -> names.size() < MAX_CHOICES).ifPresent(names::add);
        }
        return names;
    }

    /**
     * The issue types we may create in the project: {@code GET /rest/api/2/issue/createmeta/{project}/issuetypes},
     * paged (Jira DC 8.4 and later; the older {@code expand=projects.issuetypes.fields} form is gone in 9).
     */
    public List<CreateMeta.IssueType> createIssueTypes(String projectKey) throws JiraFailure {
        List<CreateMeta.IssueType> types = new ArrayList<>();
        for (JsonObject type : pages("/rest/api/2/issue/createmeta/" + JiraRequest.encode(projectKey) + "/issuetypes",
                "the create screen's issue types")) {
            Optional<String> id = Json.string(type, "id");
            if (id.isPresent()) {
                types.add(new CreateMeta.IssueType(id.get(), Json.string(type, "name").orElse(null)));
            }
        }
        return types;
    }

    /** The fields of the create screen: {@code GET /rest/api/2/issue/createmeta/{project}/issuetypes/{id}}, paged. */
    public List<CreateMeta.Field> createFields(String projectKey, String issueTypeId) throws JiraFailure {
        List<CreateMeta.Field> fields = new ArrayList<>();
        for (JsonObject field : pages("/rest/api/2/issue/createmeta/" + JiraRequest.encode(projectKey)
                + "/issuetypes/" + JiraRequest.encode(issueTypeId), "the create screen's fields")) {
            Optional<String> id = Json.string(field, "fieldId");
            if (id.isPresent()) {
                fields.add(new CreateMeta.Field(id.get(), Json.string(field, "name").orElse(null),
                        Json.string(field, "required").map(Boolean::parseBoolean).orElse(false),
                        Json.string(field, "hasDefaultValue").map(Boolean::parseBoolean).orElse(false)));
            }
        }
        return fields;
    }

    /** Fields a site has: system fields and every custom field, which large sites count in thousands. */
    public static final int MAX_FIELDS = 10_000;

    /** Every field Jira has ({@code GET /rest/api/2/field}, one list), at most {@value #MAX_FIELDS}. */
    public List<JiraField> fields() throws JiraFailure {
        List<JiraField> fields = new ArrayList<>();
        for (JsonObject field : objects(JiraRequest.get("/rest/api/2/field"), "the fields")) {
            Optional<String> id = Json.string(field, "id");
            if (id.isPresent() && fields.size() < MAX_FIELDS) {
                fields.add(new JiraField(id.get(), Json.string(field, "name").orElse(null),
                        Json.string(field, "schema", "type").orElse(null)));
            }
        }
        return fields;
    }

    /** Every status's name ({@code GET /rest/api/2/status}, one list), at most {@value #MAX_CHOICES}. */
    public List<String> statuses() throws JiraFailure {
        List<String> names = new ArrayList<>();
        for (JsonObject status : objects(JiraRequest.get("/rest/api/2/status"), "the statuses")) {
            Json.string(status, "name").filter(name -> names.size() < MAX_CHOICES).ifPresent(names::add);
        }
        return names;
    }

    /** The issue link types' names ({@code GET /rest/api/2/issueLinkType}: {@code {"issueLinkTypes": [...]}}). */
    public List<String> issueLinkTypes() throws JiraFailure {
        JsonElement types = call(JiraRequest.get("/rest/api/2/issueLinkType"), "the issue link types")
                .get("issueLinkTypes");
        if (types == null || !types.isJsonArray()) {
            throw Json.unreadable("the issue link types", "no issueLinkTypes list");
        }
        List<String> names = new ArrayList<>();
        for (JsonElement type : types.getAsJsonArray()) {
            if (type.isJsonObject() && names.size() < MAX_CHOICES) {
                Json.string(type.getAsJsonObject(), "name").ifPresent(names::add);
            }
        }
        return names;
    }

    /** Comments asked a page; Jira DC's comment resource answers at most what its own limit allows and says so. */
    static final int COMMENTS_PER_PAGE = 100;
    /** The fields an incident draft reads, besides the extra ones the administrator chose. */
    private static final List<String> INCIDENT_FIELDS = List.of("summary", "priority", "status", "created",
            "resolutiondate", "assignee", "reporter", "issuelinks");
    private static final java.util.regex.Pattern FIELD_ID = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,99}");

    /**
     * One incident issue as the client's user may read it: {@code GET /rest/api/2/issue/{key}?expand=changelog} for
     * its fields and whole change history (Jira Server/DC answers the history in one piece; the paged
     * {@code /issue/{key}/changelog} resource is documented for Jira Cloud only, and pycontribs/jira#911 found it
     * missing from the Server 8.7 reference; a Jira that does cut the history is told in the warnings), then its comments page by page ({@code GET /rest/api/2/issue/{key}/comment?startAt&maxResults}),
     * as many pages as Jira's paging needs and at most {@value IncidentReader#MAX_COMMENTS} comments. Empty when Jira
     * has no such issue or the user may not browse it (Jira answers both with 404).
     *
     * @param extraFields field ids to read as well (custom date or severity fields); ids that are not field ids are
     *                    left out
     */
    public Optional<JiraIncident> incident(IssueKey key, Collection<String> extraFields) throws JiraFailure {
        List<String> extras = extraFields.stream().filter(f -> f != null && FIELD_ID.matcher(f).matches())
                .filter(f -> !INCIDENT_FIELDS.contains(f)).distinct().limit(20).toList();
        List<String> fields = new ArrayList<>(INCIDENT_FIELDS);
        fields.addAll(extras);
        IncidentReader reader = new IncidentReader(key);
        String path = "/rest/api/2/issue/" + JiraRequest.encode(key.toString());
        IncidentReader.Issue issue;
        try {
            issue = reader.issue(call(JiraRequest.get(path, orderedQuery("fields", String.join(",", fields),
                    "expand", "changelog")), "an incident"), extras);
        } catch (JiraRejected rejected) {
            if (rejected.status() == 404) {
                return Optional.empty();
            }
            throw rejected;
        }
        List<JiraIncident.Comment> comments = new ArrayList<>();
        int startAt = 0;
        long total = 0;
        for (int page = 0; page * COMMENTS_PER_PAGE < IncidentReader.MAX_COMMENTS; page++) {
            IncidentReader.CommentPage answer = reader.comments(call(JiraRequest.get(path + "/comment",
                    orderedQuery("startAt", String.valueOf(startAt), "maxResults", String.valueOf(COMMENTS_PER_PAGE))),
                    "an incident's comments"), IncidentReader.MAX_COMMENTS - comments.size());
            comments.addAll(answer.comments());
            startAt += answer.served();
            total = answer.total();
            if (answer.served() == 0 || startAt >= total) {
                break;
            }
        }
        if (total > startAt) {
            reader.warn(key + ": " + startAt + " of " + total + " comments were read");
        }
        comments.sort(java.util.Comparator.comparing(JiraIncident.Comment::at));
        return Optional.of(new JiraIncident(issue.key(), issue.browseUrl(), issue.summary(), issue.priority(),
                issue.created(), issue.resolved(), issue.assignee(), issue.reporter(), issue.fieldValues(),
                issue.changes(), comments, issue.links(), reader.warnings()));
    }

    /** Query parameters in the order given, so requests read the same in logs and recordings. */
    private static Map<String, String> orderedQuery(String... namesAndValues) {
        Map<String, String> query = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return query;
    }

    /** Every page's {@code values} of a paged createmeta answer, at most {@value #MAX_PAGES} pages. */
    private List<JsonObject> pages(String path, String what) throws JiraFailure {
        List<JsonObject> values = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonObject answer = call(JiraRequest.get(path, Map.of("startAt", String.valueOf(values.size()),
                    "maxResults", String.valueOf(PAGE_SIZE))), what);
            JsonElement found = answer.get("values");
            if (found == null || !found.isJsonArray()) {
                throw Json.unreadable(what, "no values in the page");
            }
            int before = values.size();
            for (JsonElement value : found.getAsJsonArray()) {
                if (value.isJsonObject()) {
                    values.add(value.getAsJsonObject());
                }
            }
            boolean last = Json.string(answer, "isLast").map(Boolean::parseBoolean).orElse(true);
            if (last || values.size() == before) {
                break;
            }
        }
        return values;
    }

    private List<JsonObject> objects(JiraRequest request, String what) throws JiraFailure {
        JsonElement answer = Json.parse(send(request), what);
        if (!answer.isJsonArray()) {
            throw Json.unreadable(what, "expected a list");
        }
        List<JsonObject> objects = new ArrayList<>();
        for (JsonElement element : answer.getAsJsonArray()) {
            if (element.isJsonObject()) {
                objects.add(element.getAsJsonObject());
            }
        }
        return objects;
    }

    private static CreateMeta.Project project(JsonObject project) throws JiraUnavailable {
        String key = Json.string(project, "key").orElseThrow(() -> Json.unreadable("a project", "no key"));
        return new CreateMeta.Project(Json.string(project, "id").orElse(null), key,
                Json.string(project, "name").orElse(null));
    }

    private List<JiraUser> usersMatching(String query) throws JiraFailure {
        JiraRequest request = JiraRequest.get("/rest/api/2/user/search",
                Map.of("username", query, "maxResults", String.valueOf(USERS_PER_LOOKUP)));
        JsonElement answer = Json.parse(send(request), "a user search");
        if (!answer.isJsonArray()) {
            throw Json.unreadable("a user search", "expected a list of users");
        }
        List<JiraUser> users = new ArrayList<>();
        for (JsonElement element : answer.getAsJsonArray()) {
            if (!element.isJsonObject()) {
                throw Json.unreadable("a user search", "a user that is not an object");
            }
            // A user without a username cannot be assigned anything: passed over, the others still count.
            if (username(element.getAsJsonObject()).isPresent()) {
                JiraUser user = user(element.getAsJsonObject());
                if (user.active()) {
                    users.add(user);
                }
            }
        }
        return users;
    }

    private static JiraUser user(JsonObject user) throws JiraUnavailable {
        String name = username(user).orElseThrow(() -> Json.unreadable("a user", "no name in " + user));
        return new JiraUser(name, Json.string(user, "key").orElse(null),
                Json.string(user, "displayName").orElse(null),
                Json.string(user, "emailAddress").map(String::strip).filter(e -> !e.isEmpty()),
                Json.string(user, "active").map(Boolean::parseBoolean).orElse(true));
    }

    private static Optional<String> username(JsonObject user) {
        return Json.string(user, "name").filter(name -> !name.isBlank());
    }

    private JsonObject call(JiraRequest request, String what) throws JiraFailure {
        return Json.object(send(request), what);
    }

    private JiraResponse send(JiraRequest request) throws JiraFailure {
        return Answers.successful(request, transport.send(request), clock.instant());
    }

    private static JsonObject named(String member, String value) {
        JsonObject object = new JsonObject();
        object.addProperty(member, value);
        return object;
    }
}
