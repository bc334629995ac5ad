package io.github.postmortems.jira.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the fake Jira knows and how it answers each endpoint, in Jira DC's JSON. Guarded by the fake's lock. */
final class JiraState {

    private static final DateTimeFormatter JIRA_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

    record User(String name, String key, String displayName, String email, boolean active) {
    }

    record Category(int id, String key, String name, String colorName) {
    }

    record Remote(long id, JsonObject body) {
    }

    private final String baseUrl;
    private final Map<String, Set<String>> projects = new LinkedHashMap<>();
    private final Map<String, Integer> lastNumber = new LinkedHashMap<>();
    private final Set<String> priorities = new LinkedHashSet<>(List.of("Highest", "High", "Medium", "Low", "Lowest"));
    private final Set<String> linkTypes = new LinkedHashSet<>(List.of("Relates", "Blocks", "Duplicate"));
    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<String, Category> statuses = new LinkedHashMap<>();
    private final Map<String, StoredIssue> issues = new LinkedHashMap<>();
    private final Map<String, Map<String, Remote>> remoteLinks = new LinkedHashMap<>();
    private final Set<StoredIssueLink> issueLinks = new LinkedHashSet<>();
    private final Set<String> hiddenFields = new HashSet<>();
    /** Per project: fields its create screen requires beyond Jira's own (field id to name). */
    private final Map<String, Map<String, String>> requiredFields = new LinkedHashMap<>();
    private final Set<String> createDenied = new HashSet<>();
    /** Issue type ids as Jira numbers them, the same in every project. */
    private final Map<String, String> issueTypeIds = new LinkedHashMap<>();
    private long nextId = 10000;
    private int searchCap = 1000;
    private boolean validatesAlways;
    private java.time.Duration searchLag = java.time.Duration.ZERO;
    private java.time.Clock searchClock;
    private int missedBySearches;
    private final Map<String, Instant> unindexed = new HashMap<>();
    /** Fields served as set here instead of from the issue: empty means left out of the answer. */
    private final Map<String, Map<String, Optional<JsonElement>>> servedFields = new HashMap<>();

    /** A change history entry as Jira DC keeps it: who, when, and one item per field changed. */
    record History(long id, String author, Instant at, List<JsonObject> items) {
    }

    record Comment(long id, String author, Instant at, String body) {
    }

    /** Custom fields by id: name and schema type. */
    private final Map<String, String[]> customFields = new LinkedHashMap<>();
    private final Map<String, List<History>> histories = new HashMap<>();
    private final Map<String, List<Comment>> comments = new HashMap<>();
    private final Map<String, String> reporters = new HashMap<>();
    /** Per issue: the only users who may browse it; an issue missing here may be browsed by everyone. */
    private final Map<String, Set<String>> readers = new HashMap<>();
    private int commentCap = 100;

    JiraState(String baseUrl) {
        this.baseUrl = baseUrl;
        Category toDo = new Category(2, "new", "To Do", "blue-gray");
        Category inProgress = new Category(4, "indeterminate", "In Progress", "yellow");
        Category done = new Category(3, "done", "Done", "green");
        statuses.put("To Do", toDo);
        statuses.put("In Progress", inProgress);
        statuses.put("In Review", inProgress);
        statuses.put("Done", done);
        statuses.put("Won't Do", done);
    }

    // ---- set-up and inspection by tests

    void serveField(String key, String field, Optional<JsonElement> value) {
        servedFields.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(field, value.map(JsonElement::deepCopy));
    }

    void addProject(String key, Set<String> issueTypes) {
        projects.put(key, new LinkedHashSet<>(issueTypes));
        lastNumber.putIfAbsent(key, 0);
    }

    void addCustomField(String id, String name, String type) {
        customFields.put(id, new String[] {name, type});
    }

    void addUser(User user) {
        users.put(user.name().toLowerCase(Locale.ROOT), user);
    }

    void requireOnCreate(String project, String fieldId, String name) {
        requiredFields.computeIfAbsent(project, p -> new LinkedHashMap<>()).put(fieldId, name);
    }

    void denyCreateIssues(String project) {
        createDenied.add(project);
    }

    void hideFromCreateScreen(String field) {
        hiddenFields.add(field);
    }

    void capSearchResultsAt(int cap) {
        searchCap = cap;
    }

    void validateQueryAlways() {
        validatesAlways = true;
    }

    List<StoredIssue> issues() {
        return List.copyOf(issues.values());
    }

    Optional<StoredIssue> issue(String key) {
        return Optional.ofNullable(issues.get(key));
    }

    void transition(String key, String status, Instant at) {
        StoredIssue issue = existing(key);
        Category category = statuses.get(status);
        if (category == null) {
            throw new IllegalArgumentException("No status " + status + "; known: " + statuses.keySet());
        }
        issues.put(key, issue.withStatus(status, at, "done".equals(category.key()) ? Optional.of(at) : Optional.empty()));
    }

    void delete(String key) {
        existing(key);
        issues.remove(key);
        remoteLinks.remove(key);
    }

    Map<String, JsonObject> remoteLinks(String key) {
        Map<String, JsonObject> byGlobalId = new LinkedHashMap<>();
        remoteLinks.getOrDefault(key, Map.of()).forEach((id, remote) -> byGlobalId.put(id, remote.body()));
        return byGlobalId;
    }

    List<StoredIssueLink> issueLinks() {
        return List.copyOf(issueLinks);
    }

    String newIssue(String project, String summary, List<String> labels, Instant at) {
        int number = lastNumber.merge(project, 1, Integer::sum);
        String key = project + "-" + number;
        issues.put(key, new StoredIssue(key, String.valueOf(nextId++), project, "Task", summary, "", Optional.empty(),
                Optional.empty(), Optional.empty(), labels, "To Do", at, at, Optional.empty()));
        return key;
    }

    private StoredIssue existing(String key) {
        StoredIssue issue = issues.get(key);
        if (issue == null) {
            throw new IllegalArgumentException("No issue " + key);
        }
        return issue;
    }

    // ---- endpoints

    Reply createIssue(JsonObject body, Instant now) {
        JsonObject fields = body.has("fields") && body.get("fields").isJsonObject() ? body.getAsJsonObject("fields")
                : new JsonObject();
        Map<String, String> errors = new LinkedHashMap<>();
        for (String field : fields.keySet()) {
            if (hiddenFields.contains(field)) {
                errors.put(field, "Field '" + field + "' cannot be set. It is not on the appropriate screen, or unknown.");
            }
        }
        String project = text(fields, "project", "key");
        if (project == null || !projects.containsKey(project)) {
            errors.put("project", "valid project is required");
        }
        String type = text(fields, "issuetype", "name");
        if (project != null && projects.containsKey(project) && (type == null || !projects.get(project).contains(type))) {
            errors.put("issuetype", "valid issue type is required");
        }
        if (project != null && createDenied.contains(project)) {
            errors.put("project", "You do not have permission to create issues in this project.");
        }
        if (project != null) {
            requiredFields.getOrDefault(project, Map.of()).forEach((id, name) -> {
                if (!fields.has(id)) {
                    errors.put(id, name + " is required.");
                }
            });
        }
        String summary = text(fields, "summary");
        if (summary == null || summary.isBlank()) {
            errors.put("summary", "You must specify a summary of the issue.");
        }
        String assignee = text(fields, "assignee", "name");
        if (assignee != null && !users.containsKey(assignee.toLowerCase(Locale.ROOT))) {
            errors.put("assignee", "User '" + assignee + "' does not exist.");
        }
        String priority = text(fields, "priority", "name");
        if (priority != null && !priorities.contains(priority)) {
            errors.put("priority", "Priority name '" + priority + "' is not valid");
        }
        LocalDate due = null;
        String dueText = text(fields, "duedate");
        if (dueText != null) {
            try {
                due = LocalDate.parse(dueText);
            } catch (DateTimeParseException e) {
                errors.put("duedate", "Error parsing date string: " + dueText);
            }
        }
        List<String> labels = new ArrayList<>();
        if (fields.has("labels")) {
            for (JsonElement label : fields.getAsJsonArray("labels")) {
                if (label.getAsString().contains(" ")) {
                    errors.put("labels", "The label '" + label.getAsString() + "' contains spaces which is invalid.");
                }
                labels.add(label.getAsString());
            }
        }
        if (!errors.isEmpty()) {
            return Reply.fieldErrors(errors);
        }
        int number = lastNumber.merge(project, 1, Integer::sum);
        String key = project + "-" + number;
        String id = String.valueOf(nextId++);
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        if (!searchLag.isZero()) {
            unindexed.put(key, searchClock.instant().plus(searchLag));
        }
        issues.put(key, new StoredIssue(key, id, project, type, summary,
                Optional.ofNullable(text(fields, "description")).orElse(""),
                Optional.ofNullable(assignee).map(a -> users.get(a.toLowerCase(Locale.ROOT)).name()),
                Optional.ofNullable(due), Optional.ofNullable(priority), labels, "To Do", at, at, Optional.empty()));
        JsonObject created = new JsonObject();
        created.addProperty("id", id);
        created.addProperty("key", key);
        created.addProperty("self", baseUrl + "/rest/api/2/issue/" + id);
        return Reply.json(201, created.toString());
    }

    void hideNewIssuesFromSearches(java.time.Duration lag, java.time.Clock clock) {
        searchLag = lag;
        searchClock = clock;
        if (lag.isZero()) {
            unindexed.clear();
        }
    }

    int searchesThatMissedAnIssue() {
        return missedBySearches;
    }

    Reply search(JsonObject body) {
        String jql = text(body, "jql");
        Optional<FakeJql> query = jql == null ? Optional.empty() : FakeJql.parse(jql);
        if (query.isEmpty()) {
            return Reply.errors(400, "Error in the JQL Query: the fake Jira cannot read '" + jql + "'.");
        }
        boolean validate = validatesAlways || !body.has("validateQuery") || body.get("validateQuery").getAsBoolean();
        List<String> warnings = new ArrayList<>();
        List<StoredIssue> matching = new ArrayList<>();
        if (query.get() instanceof FakeJql.KeysIn keysIn) {
            List<String> unknown = keysIn.keys().stream().filter(k -> !issues.containsKey(k)).toList();
            List<String> messages = unknown.stream()
                    .map(k -> "An issue with key '" + k + "' does not exist for field '" + keysIn.field() + "'.")
                    .toList();
            if (validate && !messages.isEmpty()) {
                JsonObject errors = new JsonObject();
                JsonArray list = new JsonArray();
                messages.forEach(list::add);
                errors.add("errorMessages", list);
                errors.add("errors", new JsonObject());
                return Reply.json(400, errors.toString());
            }
            warnings.addAll(messages);
            issues.values().stream().filter(i -> keysIn.keys().contains(i.key())).forEach(matching::add);
        } else if (query.get() instanceof FakeJql.AllLabels allLabels) {
            boolean missed = false;
            for (StoredIssue issue : issues.values()) {
                if (!issue.labels().containsAll(allLabels.labels())) {
                    continue;
                }
                Instant indexed = unindexed.get(issue.key());
                if (indexed != null && searchClock != null && searchClock.instant().isBefore(indexed)) {
                    missed = true;
                    continue;
                }
                matching.add(issue);
            }
            missedBySearches += missed ? 1 : 0;
        }
        int startAt = body.has("startAt") ? body.get("startAt").getAsInt() : 0;
        int maxResults = Math.min(body.has("maxResults") ? body.get("maxResults").getAsInt() : 50, searchCap);
        Set<String> wanted = new HashSet<>();
        if (body.has("fields")) {
            body.getAsJsonArray("fields").forEach(f -> wanted.add(f.getAsString()));
        }
        JsonArray page = new JsonArray();
        matching.stream().skip(startAt).limit(maxResults).forEach(issue -> page.add(issueJson(issue, wanted)));
        JsonObject answer = new JsonObject();
        answer.addProperty("expand", "schema,names");
        answer.addProperty("startAt", startAt);
        answer.addProperty("maxResults", maxResults);
        answer.addProperty("total", matching.size());
        answer.add("issues", page);
        if (!warnings.isEmpty()) {
            JsonArray list = new JsonArray();
            warnings.forEach(list::add);
            answer.add("warningMessages", list);
        }
        return Reply.json(200, answer.toString());
    }

    Reply remoteLink(String key, JsonObject body) {
        if (!issues.containsKey(key)) {
            return Reply.errors(404, "Issue Does Not Exist");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (text(body, "object", "url") == null) {
            errors.put("url", "'url' is required.");
        }
        if (text(body, "object", "title") == null) {
            errors.put("title", "'title' is required.");
        }
        if (!errors.isEmpty()) {
            return Reply.fieldErrors(errors);
        }
        Map<String, Remote> links = remoteLinks.computeIfAbsent(key, k -> new LinkedHashMap<>());
        String globalId = text(body, "globalId");
        Remote existing = globalId == null ? null : links.get(globalId);
        long id = existing != null ? existing.id() : nextId++;
        links.put(globalId == null ? "id=" + id : globalId, new Remote(id, body));
        JsonObject answer = new JsonObject();
        answer.addProperty("id", id);
        answer.addProperty("self", baseUrl + "/rest/api/2/issue/" + key + "/remotelink/" + id);
        return Reply.json(existing != null ? 200 : 201, answer.toString());
    }

    Reply issueLink(JsonObject body) {
        String type = text(body, "type", "name");
        if (type == null || !linkTypes.contains(type)) {
            return Reply.errors(404, "No issue link type with name '" + type + "' found.");
        }
        String inward = text(body, "inwardIssue", "key");
        String outward = text(body, "outwardIssue", "key");
        if (inward == null || outward == null || !issues.containsKey(inward) || !issues.containsKey(outward)) {
            return Reply.errors(404, "Issue Does Not Exist");
        }
        issueLinks.add(new StoredIssueLink(type, inward, outward));
        return new Reply(201, Map.of(), "");
    }

    Reply userSearch(Map<String, String> query) {
        String wanted = query.get("username");
        if (wanted == null || wanted.isEmpty()) {
            return Reply.errors(400, "The username query parameter was not provided");
        }
        String prefix = wanted.toLowerCase(Locale.ROOT);
        boolean inactiveToo = Boolean.parseBoolean(query.getOrDefault("includeInactive", "false"));
        JsonArray found = new JsonArray();
        users.values().stream()
                .filter(u -> u.active() || inactiveToo)
                .filter(u -> u.name().toLowerCase(Locale.ROOT).startsWith(prefix)
                        || u.email().toLowerCase(Locale.ROOT).startsWith(prefix)
                        || List.of(u.displayName().toLowerCase(Locale.ROOT).split("\\s+")).stream()
                                .anyMatch(w -> w.startsWith(prefix)))
                .limit(Integer.parseInt(query.getOrDefault("maxResults", "50")))
                .forEach(u -> found.add(userJson(u)));
        return Reply.json(200, found.toString());
    }

    Reply serverInfo() {
        JsonObject info = new JsonObject();
        info.addProperty("baseUrl", baseUrl);
        info.addProperty("version", "9.12.2");
        JsonArray numbers = new JsonArray();
        List.of(9, 12, 2).forEach(numbers::add);
        info.add("versionNumbers", numbers);
        info.addProperty("deploymentType", "Server");
        info.addProperty("buildNumber", 9120002);
        info.addProperty("serverTitle", "Fake Jira");
        return Reply.json(200, info.toString());
    }

    Reply myself(String username) {
        User user = users.get(username.toLowerCase(Locale.ROOT));
        return user == null ? Reply.errors(401, "You are not authenticated.") : Reply.json(200, userJson(user).toString());
    }

    Reply project(String key) {
        return projects.containsKey(key) ? Reply.json(200, projectJson(key).toString())
                : Reply.errors(404, "No project could be found with key '" + key + "'.");
    }

    Reply projects() {
        JsonArray all = new JsonArray();
        projects.keySet().forEach(key -> all.add(projectJson(key)));
        return Reply.json(200, all.toString());
    }

    /** Jira DC 9 requires {@code permissions}; a project we cannot see is a 404. */
    Reply myPermissions(Map<String, String> query) {
        String wanted = query.getOrDefault("permissions", "");
        if (wanted.isEmpty()) {
            return Reply.errors(400, "The 'permissions' query parameter is required.");
        }
        String project = query.get("projectKey");
        if (project != null && !projects.containsKey(project)) {
            return Reply.errors(404, "No project could be found with key '" + project + "'.");
        }
        JsonObject permissions = new JsonObject();
        for (String key : wanted.split(",")) {
            JsonObject permission = new JsonObject();
            permission.addProperty("id", key.equals("CREATE_ISSUES") ? "11" : "0");
            permission.addProperty("key", key);
            permission.addProperty("name", key);
            permission.addProperty("type", "PROJECT");
            permission.addProperty("havePermission", !(key.equals("CREATE_ISSUES") && createDenied.contains(project)));
            permissions.add(key, permission);
        }
        JsonObject answer = new JsonObject();
        answer.add("permissions", permissions);
        return Reply.json(200, answer.toString());
    }

    /** {@code GET /field}: some system fields and every custom field, as Jira DC lists them. */
    Reply fields() {
        JsonArray all = new JsonArray();
        String[][] system = {{"summary", "Summary", "string"}, {"priority", "Priority", "priority"},
                {"created", "Created", "datetime"}, {"resolutiondate", "Resolved", "datetime"},
                {"duedate", "Due Date", "date"}, {"status", "Status", "status"}};
        for (String[] field : system) {
            all.add(field(field[0], field[1], field[2], false));
        }
        customFields.forEach((id, field) -> all.add(field(id, field[0], field[1], true)));
        return Reply.json(200, all.toString());
    }

    private static JsonObject field(String id, String name, String type, boolean custom) {
        JsonObject field = new JsonObject();
        field.addProperty("id", id);
        field.addProperty("name", name);
        field.addProperty("custom", custom);
        field.addProperty("orderable", true);
        field.addProperty("navigable", true);
        field.addProperty("searchable", true);
        JsonArray clauses = new JsonArray();
        clauses.add(custom ? "cf[" + id.substring(id.indexOf('_') + 1) + "]" : id);
        field.add("clauseNames", clauses);
        JsonObject schema = new JsonObject();
        schema.addProperty("type", type);
        if (custom) {
            schema.addProperty("custom", "com.atlassian.jira.plugin.system.customfieldtypes:"
                    + (type.equals("datetime") ? "datetime" : type.equals("date") ? "datepicker" : "select"));
            schema.addProperty("customId", Long.parseLong(id.substring(id.indexOf('_') + 1)));
        } else {
            schema.addProperty("system", id);
        }
        field.add("schema", schema);
        return field;
    }

    /** {@code GET /status}: every status with its category. */
    Reply statuses() {
        JsonArray all = new JsonArray();
        statuses.forEach((name, category) -> {
            JsonObject status = new JsonObject();
            String id = String.valueOf(100 + List.copyOf(statuses.keySet()).indexOf(name));
            status.addProperty("self", baseUrl + "/rest/api/2/status/" + id);
            status.addProperty("description", "");
            status.addProperty("iconUrl", baseUrl + "/images/icons/statuses/generic.png");
            status.addProperty("name", name);
            status.addProperty("id", id);
            JsonObject statusCategory = new JsonObject();
            statusCategory.addProperty("id", category.id());
            statusCategory.addProperty("key", category.key());
            statusCategory.addProperty("colorName", category.colorName());
            statusCategory.addProperty("name", category.name());
            status.add("statusCategory", statusCategory);
            all.add(status);
        });
        return Reply.json(200, all.toString());
    }

    /** {@code GET /issueLinkType}: {@code {"issueLinkTypes": [{id, name, inward, outward, self}]}}. */
    Reply issueLinkTypes() {
        JsonArray all = new JsonArray();
        for (String name : linkTypes) {
            JsonObject type = new JsonObject();
            String id = String.valueOf(10000 + List.copyOf(linkTypes).indexOf(name));
            type.addProperty("id", id);
            type.addProperty("name", name);
            type.addProperty("inward", inwardPhrase(name));
            type.addProperty("outward", outwardPhrase(name));
            type.addProperty("self", baseUrl + "/rest/api/2/issueLinkType/" + id);
            all.add(type);
        }
        JsonObject answer = new JsonObject();
        answer.add("issueLinkTypes", all);
        return Reply.json(200, answer.toString());
    }

    Reply priorities() {
        JsonArray all = new JsonArray();
        int id = 1;
        for (String name : priorities) {
            JsonObject priority = new JsonObject();
            priority.addProperty("self", baseUrl + "/rest/api/2/priority/" + id);
            priority.addProperty("statusColor", "#cccccc");
            priority.addProperty("name", name);
            priority.addProperty("id", String.valueOf(id++));
            all.add(priority);
        }
        return Reply.json(200, all.toString());
    }

    /** Paged as Jira DC 8.4+ pages createmeta; nothing for a user who may not create there. */
    Reply createMetaIssueTypes(String project, Map<String, String> query) {
        if (!projects.containsKey(project)) {
            return Reply.errors(404, "No project could be found with key '" + project + "'.");
        }
        List<JsonObject> types = new ArrayList<>();
        if (!createDenied.contains(project)) {
            for (String name : projects.get(project)) {
                JsonObject type = new JsonObject();
                type.addProperty("self", baseUrl + "/rest/api/2/issuetype/" + issueTypeId(name));
                type.addProperty("id", issueTypeId(name));
                type.addProperty("name", name);
                type.addProperty("subtask", false);
                types.add(type);
            }
        }
        return page(types, query);
    }

    Reply createMetaFields(String project, String typeId, Map<String, String> query) {
        boolean known = projects.containsKey(project) && !createDenied.contains(project)
                && projects.get(project).stream().anyMatch(name -> issueTypeId(name).equals(typeId));
        if (!known) {
            return Reply.errors(404, "Issue type with id '" + typeId + "' does not exist or is not on the create screen.");
        }
        List<JsonObject> fields = new ArrayList<>();
        fields.add(fieldJson("summary", "Summary", true, false));
        fields.add(fieldJson("issuetype", "Issue Type", true, false));
        fields.add(fieldJson("project", "Project", true, false));
        fields.add(fieldJson("reporter", "Reporter", true, false));
        fields.add(fieldJson("description", "Description", false, false));
        fields.add(fieldJson("priority", "Priority", false, true));
        fields.add(fieldJson("labels", "Labels", false, false));
        fields.add(fieldJson("duedate", "Due Date", false, false));
        fields.add(fieldJson("assignee", "Assignee", false, false));
        requiredFields.getOrDefault(project, Map.of()).forEach((id, name) -> fields.add(fieldJson(id, name, true, false)));
        fields.removeIf(field -> hiddenFields.contains(field.get("fieldId").getAsString()));
        return page(fields, query);
    }

    private String issueTypeId(String name) {
        return issueTypeIds.computeIfAbsent(name, n -> String.valueOf(10000 + issueTypeIds.size()));
    }

    private static Reply page(List<JsonObject> all, Map<String, String> query) {
        int startAt = Integer.parseInt(query.getOrDefault("startAt", "0"));
        int maxResults = Integer.parseInt(query.getOrDefault("maxResults", "50"));
        JsonArray values = new JsonArray();
        all.stream().skip(startAt).limit(maxResults).forEach(values::add);
        JsonObject answer = new JsonObject();
        answer.addProperty("maxResults", maxResults);
        answer.addProperty("startAt", startAt);
        answer.addProperty("total", all.size());
        answer.addProperty("isLast", startAt + maxResults >= all.size());
        answer.add("values", values);
        return Reply.json(200, answer.toString());
    }

    private JsonObject fieldJson(String id, String name, boolean required, boolean hasDefault) {
        JsonObject field = new JsonObject();
        field.addProperty("required", required);
        JsonObject schema = new JsonObject();
        schema.addProperty("type", "string");
        schema.addProperty("system", id);
        field.add("schema", schema);
        field.addProperty("name", name);
        field.addProperty("fieldId", id);
        field.addProperty("hasDefaultValue", hasDefault);
        JsonArray operations = new JsonArray();
        operations.add("set");
        field.add("operations", operations);
        return field;
    }

    private JsonObject projectJson(String key) {
        JsonObject project = new JsonObject();
        String id = String.valueOf(10000 + List.copyOf(projects.keySet()).indexOf(key));
        project.addProperty("self", baseUrl + "/rest/api/2/project/" + id);
        project.addProperty("id", id);
        project.addProperty("key", key);
        project.addProperty("name", key.charAt(0) + key.substring(1).toLowerCase(Locale.ROOT) + " project");
        project.addProperty("projectTypeKey", "software");
        return project;
    }

    // ---- JSON as Jira DC writes it

    private JsonObject issueJson(StoredIssue issue, Set<String> wanted) {
        JsonObject fields = new JsonObject();
        if (wanted.isEmpty() || wanted.contains("status")) {
            Category category = statuses.get(issue.status());
            JsonObject status = new JsonObject();
            status.addProperty("self", baseUrl + "/rest/api/2/status/1");
            status.addProperty("name", issue.status());
            status.addProperty("id", String.valueOf(100 + List.copyOf(statuses.keySet()).indexOf(issue.status())));
            JsonObject categoryJson = new JsonObject();
            categoryJson.addProperty("self", baseUrl + "/rest/api/2/statuscategory/" + category.id());
            categoryJson.addProperty("id", category.id());
            categoryJson.addProperty("key", category.key());
            categoryJson.addProperty("colorName", category.colorName());
            categoryJson.addProperty("name", category.name());
            status.add("statusCategory", categoryJson);
            fields.add("status", status);
        }
        if (wanted.isEmpty() || wanted.contains("assignee")) {
            fields.add("assignee", issue.assignee().map(a -> (JsonElement) userJson(users.get(a.toLowerCase(Locale.ROOT))))
                    .orElse(JsonNull.INSTANCE));
        }
        if (wanted.isEmpty() || wanted.contains("duedate")) {
            fields.add("duedate", issue.dueDate().map(d -> (JsonElement) new com.google.gson.JsonPrimitive(d.toString()))
                    .orElse(JsonNull.INSTANCE));
        }
        if (wanted.isEmpty() || wanted.contains("resolutiondate")) {
            fields.add("resolutiondate", issue.resolved()
                    .map(r -> (JsonElement) new com.google.gson.JsonPrimitive(JIRA_TIME.format(r)))
                    .orElse(JsonNull.INSTANCE));
        }
        if (wanted.isEmpty() || wanted.contains("updated")) {
            fields.addProperty("updated", JIRA_TIME.format(issue.updated()));
        }
        if (wanted.isEmpty() || wanted.contains("summary")) {
            fields.addProperty("summary", issue.summary());
        }
        if (wanted.isEmpty() || wanted.contains("labels")) {
            JsonArray labels = new JsonArray();
            issue.labels().forEach(labels::add);
            fields.add("labels", labels);
        }
        servedFields.getOrDefault(issue.key(), Map.of()).forEach((field, value) -> {
            if (value.isPresent()) {
                fields.add(field, value.get().deepCopy());
            } else {
                fields.remove(field);
            }
        });
        JsonObject json = new JsonObject();
        json.addProperty("expand", "operations,editmeta,changelog,transitions,renderedFields");
        json.addProperty("id", issue.id());
        json.addProperty("self", baseUrl + "/rest/api/2/issue/" + issue.id());
        json.addProperty("key", issue.key());
        json.add("fields", fields);
        return json;
    }

    private JsonObject userJson(User user) {
        JsonObject json = new JsonObject();
        json.addProperty("self", baseUrl + "/rest/api/2/user?username=" + user.name());
        json.addProperty("key", user.key());
        json.addProperty("name", user.name());
        json.addProperty("emailAddress", user.email());
        json.addProperty("displayName", user.displayName());
        json.addProperty("active", user.active());
        json.addProperty("timeZone", "Europe/Berlin");
        return json;
    }

    private static String text(JsonObject object, String... path) {
        JsonElement at = object;
        for (String name : path) {
            if (at == null || !at.isJsonObject()) {
                return null;
            }
            at = at.getAsJsonObject().get(name);
        }
        return at == null || at.isJsonNull() || !at.isJsonPrimitive() ? null : at.getAsString();
    }

    // ---- incidents: history, comments, links, who may browse

    String newIncident(String project, String summary, String reporter, String priority, Instant at) {
        String key = newIssue(project, summary, List.of(), at);
        issues.put(key, issues.get(key).withPriority(Optional.ofNullable(priority), at));
        reporters.put(key, reporter);
        return key;
    }

    /** Records one change as Jira's history does and applies it to the issue; field is status, priority or assignee. */
    void change(String key, Instant at, String author, String field, String to) {
        StoredIssue issue = existing(key);
        JsonObject item = new JsonObject();
        item.addProperty("field", field);
        item.addProperty("fieldtype", "jira");
        List<JsonObject> items = new ArrayList<>();
        switch (field) {
            case "status" -> {
                Category category = statuses.get(to);
                if (category == null) {
                    throw new IllegalArgumentException("No status " + to + "; known: " + statuses.keySet());
                }
                fromTo(item, statusId(issue.status()), issue.status(), statusId(to), to);
                boolean done = "done".equals(category.key());
                if (done && issue.resolved().isEmpty()) {
                    JsonObject resolution = new JsonObject();
                    resolution.addProperty("field", "resolution");
                    resolution.addProperty("fieldtype", "jira");
                    fromTo(resolution, null, null, "10000", "Done");
                    items.add(resolution);
                }
                issues.put(key, issue.withStatus(to, at, done ? Optional.of(issue.resolved().orElse(at)) : Optional.empty()));
            }
            case "priority" -> {
                fromTo(item, null, issue.priority().orElse(null), null, to);
                issues.put(key, issue.withPriority(Optional.ofNullable(to), at));
            }
            case "assignee" -> {
                String from = issue.assignee().orElse(null);
                fromTo(item, from, from == null ? null : users.get(from.toLowerCase(Locale.ROOT)).displayName(), to,
                        to == null ? null : users.get(to.toLowerCase(Locale.ROOT)).displayName());
                issues.put(key, issue.withAssignee(Optional.ofNullable(to), at));
            }
            default -> throw new IllegalArgumentException("The fake records status, priority and assignee changes");
        }
        items.add(0, item);
        histories.computeIfAbsent(key, k -> new ArrayList<>()).add(new History(nextId++, author, at, items));
    }

    /** A change of a field the fake does not model (a custom field), recorded in the history only. */
    void changeOther(String key, Instant at, String author, String field, String from, String to) {
        existing(key);
        JsonObject item = new JsonObject();
        item.addProperty("field", field);
        item.addProperty("fieldtype", "custom");
        fromTo(item, null, from, null, to);
        histories.computeIfAbsent(key, k -> new ArrayList<>()).add(new History(nextId++, author, at, List.of(item)));
    }

    void comment(String key, Instant at, String author, String body) {
        existing(key);
        comments.computeIfAbsent(key, k -> new ArrayList<>()).add(new Comment(nextId++, author, at, body));
    }

    void linkIssues(String type, String inward, String outward) {
        existing(inward);
        existing(outward);
        issueLinks.add(new StoredIssueLink(type, inward, outward));
    }

    void restrictTo(String key, Set<String> usernames) {
        existing(key);
        readers.put(key, new HashSet<>(usernames));
    }

    void capCommentsAt(int cap) {
        commentCap = cap;
    }

    /** {@code GET /rest/api/2/issue/{key}}: 404 as Jira answers for an issue the user may not browse. */
    Reply issue(String key, Map<String, String> query, String actingUser) {
        StoredIssue issue = issues.get(key);
        if (issue == null || !mayBrowse(key, actingUser)) {
            return Reply.errors(404, "Issue Does Not Exist");
        }
        Set<String> wanted = new HashSet<>();
        for (String field : query.getOrDefault("fields", "").split(",")) {
            if (!field.isBlank() && !field.equals("*all")) {
                wanted.add(field.strip());
            }
        }
        JsonObject json = issueJson(issue, wanted);
        JsonObject fields = json.getAsJsonObject("fields");
        if (wanted.isEmpty() || wanted.contains("created")) {
            fields.addProperty("created", JIRA_TIME.format(issue.created()));
        }
        if (wanted.isEmpty() || wanted.contains("priority")) {
            fields.add("priority", issue.priority().map(p -> {
                JsonObject priority = new JsonObject();
                priority.addProperty("name", p);
                priority.addProperty("id", String.valueOf(1 + List.copyOf(priorities).indexOf(p)));
                return (JsonElement) priority;
            }).orElse(JsonNull.INSTANCE));
        }
        if (wanted.isEmpty() || wanted.contains("reporter")) {
            String reporter = reporters.get(key);
            fields.add("reporter", reporter == null ? JsonNull.INSTANCE : userJson(users.get(reporter.toLowerCase(Locale.ROOT))));
        }
        if (wanted.isEmpty() || wanted.contains("issuelinks")) {
            fields.add("issuelinks", issueLinksJson(key));
        }
        // served fields were applied inside issueJson; the ones added here are applied again so a test can override them
        servedFields.getOrDefault(key, Map.of()).forEach((field, value) -> {
            if (value.isPresent()) {
                fields.add(field, value.get().deepCopy());
            } else {
                fields.remove(field);
            }
        });
        if (query.getOrDefault("expand", "").contains("changelog")) {
            List<History> all = histories.getOrDefault(key, List.of());
            JsonArray list = new JsonArray();
            all.forEach(history -> list.add(historyJson(history)));
            JsonObject changelog = new JsonObject();
            // Jira DC gives the whole history in one answer: startAt 0, maxResults and total both its length
            changelog.addProperty("startAt", 0);
            changelog.addProperty("maxResults", all.size());
            changelog.addProperty("total", all.size());
            changelog.add("histories", list);
            json.add("changelog", changelog);
        }
        return Reply.json(200, json.toString());
    }

    /** {@code GET /rest/api/2/issue/{key}/comment?startAt&maxResults}, oldest first, at most the cap a page. */
    Reply comments(String key, Map<String, String> query, String actingUser) {
        if (!issues.containsKey(key) || !mayBrowse(key, actingUser)) {
            return Reply.errors(404, "Issue Does Not Exist");
        }
        List<Comment> all = comments.getOrDefault(key, List.of());
        int startAt = Integer.parseInt(query.getOrDefault("startAt", "0"));
        int maxResults = Math.min(Integer.parseInt(query.getOrDefault("maxResults", "50")), commentCap);
        JsonArray list = new JsonArray();
        all.stream().skip(startAt).limit(maxResults).forEach(comment -> {
            JsonObject json = new JsonObject();
            json.addProperty("self", baseUrl + "/rest/api/2/issue/" + issues.get(key).id() + "/comment/" + comment.id());
            json.addProperty("id", String.valueOf(comment.id()));
            JsonObject author = userJson(users.get(comment.author().toLowerCase(Locale.ROOT)));
            json.add("author", author);
            json.addProperty("body", comment.body());
            json.add("updateAuthor", author.deepCopy());
            json.addProperty("created", JIRA_TIME.format(comment.at()));
            json.addProperty("updated", JIRA_TIME.format(comment.at()));
            list.add(json);
        });
        JsonObject answer = new JsonObject();
        answer.addProperty("startAt", startAt);
        answer.addProperty("maxResults", maxResults);
        answer.addProperty("total", all.size());
        answer.add("comments", list);
        return Reply.json(200, answer.toString());
    }

    boolean knowsUser(String username) {
        return users.containsKey(username.toLowerCase(Locale.ROOT));
    }

    private boolean mayBrowse(String key, String user) {
        Set<String> allowed = readers.get(key);
        return allowed == null || allowed.contains(user);
    }

    private JsonArray issueLinksJson(String key) {
        JsonArray links = new JsonArray();
        for (StoredIssueLink link : issueLinks) {
            boolean outward = link.inward().equals(key);
            if (!outward && !link.outward().equals(key)) {
                continue;
            }
            JsonObject type = new JsonObject();
            type.addProperty("id", String.valueOf(10000 + List.copyOf(linkTypes).indexOf(link.type())));
            type.addProperty("name", link.type());
            type.addProperty("inward", inwardPhrase(link.type()));
            type.addProperty("outward", outwardPhrase(link.type()));
            JsonObject json = new JsonObject();
            json.addProperty("id", String.valueOf(20000 + links.size()));
            json.add("type", type);
            // From the inward issue's side the other one is the outward issue, as Jira shows "blocks OPS-2"
            String other = outward ? link.outward() : link.inward();
            json.add(outward ? "outwardIssue" : "inwardIssue", linkedIssueJson(issues.get(other)));
            links.add(json);
        }
        return links;
    }

    private JsonObject linkedIssueJson(StoredIssue issue) {
        JsonObject fields = new JsonObject();
        fields.addProperty("summary", issue.summary());
        JsonObject status = new JsonObject();
        status.addProperty("name", issue.status());
        fields.add("status", status);
        JsonObject json = new JsonObject();
        json.addProperty("id", issue.id());
        json.addProperty("key", issue.key());
        json.addProperty("self", baseUrl + "/rest/api/2/issue/" + issue.id());
        json.add("fields", fields);
        return json;
    }

    private static String inwardPhrase(String type) {
        return switch (type) {
            case "Blocks" -> "is blocked by";
            case "Duplicate" -> "is duplicated by";
            case "Cloners" -> "is cloned by";
            default -> "relates to";
        };
    }

    private static String outwardPhrase(String type) {
        return switch (type) {
            case "Blocks" -> "blocks";
            case "Duplicate" -> "duplicates";
            case "Cloners" -> "clones";
            default -> "relates to";
        };
    }

    private JsonObject historyJson(History history) {
        JsonObject json = new JsonObject();
        json.addProperty("id", String.valueOf(history.id()));
        json.add("author", userJson(users.get(history.author().toLowerCase(Locale.ROOT))));
        json.addProperty("created", JIRA_TIME.format(history.at()));
        JsonArray items = new JsonArray();
        history.items().forEach(item -> items.add(item.deepCopy()));
        json.add("items", items);
        return json;
    }

    private String statusId(String status) {
        return String.valueOf(100 + List.copyOf(statuses.keySet()).indexOf(status));
    }

    private static void fromTo(JsonObject item, String from, String fromString, String to, String toString) {
        item.add("from", from == null ? JsonNull.INSTANCE : new com.google.gson.JsonPrimitive(from));
        item.add("fromString", fromString == null ? JsonNull.INSTANCE : new com.google.gson.JsonPrimitive(fromString));
        item.add("to", to == null ? JsonNull.INSTANCE : new com.google.gson.JsonPrimitive(to));
        item.add("toString", toString == null ? JsonNull.INSTANCE : new com.google.gson.JsonPrimitive(toString));
    }
}
