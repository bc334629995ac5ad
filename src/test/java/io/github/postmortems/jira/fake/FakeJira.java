package io.github.postmortems.jira.fake;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A Jira DC that lives in the test: a real HTTP server on loopback (port chosen by the system) that keeps projects,
 * issues with statuses and status categories, users, priorities, labels, remote links by globalId and issue links,
 * speaks Jira's REST v2 JSON for the endpoints the app uses, checks the bearer token, counts requests per endpoint and
 * misbehaves on demand (see {@link Fault}).
 *
 * <pre>{@code
 * try (FakeJira jira = FakeJira.start()) {
 *     jira.project("OPS", "Task").user("jsmith", "Jane Smith", "jane@example.com");
 *     jira.failNext(Endpoint.CREATE_ISSUE, 1, Fault.resetAfterCommit());
 *     ...
 * }
 * }</pre>
 */
public final class FakeJira implements AutoCloseable {

    public static final String TOKEN = "fake-jira-token";
    /** The Jira user the token belongs to; {@code myself} answers with it. */
    public static final String BOT = "postmortems-bot";
    private static final String USER_TOKEN_PREFIX = "fake-user-token-";

    private final HttpServer server;
    private final ExecutorService threads;
    private final URI baseUrl;
    private final JiraState state;
    private final Object lock = new Object();
    private final Map<Endpoint, List<RecordedRequest>> received = new EnumMap<>(Endpoint.class);
    private final Map<Endpoint, Deque<Fault>> nextFaults = new EnumMap<>(Endpoint.class);
    private final Deque<Fault> nextFaultsAnywhere = new ArrayDeque<>();
    private final Map<Endpoint, Fault> alwaysFaults = new EnumMap<>(Endpoint.class);
    private final Map<String, Integer> faultsServed = new java.util.TreeMap<>();

    private FakeJira() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        threads = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "fake-jira");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        baseUrl = URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort()
                + "/jira");
        state = new JiraState(baseUrl.toString());
        state.addUser(new JiraState.User(BOT, "JIRAUSER10000", "Postmortems Bot", "bot@example.com", true));
        server.start();
    }

    public static FakeJira start() {
        // Small JSON answers otherwise wait on Nagle's algorithm and delayed ACKs: milliseconds per request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            return new FakeJira();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the fake Jira on loopback", e);
        }
    }

    /** Jira's base URL, with a context path as many DC installations have ({@code /jira}). */
    public URI baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- what Jira holds

    public FakeJira project(String key, String... issueTypes) {
        synchronized (lock) {
            state.addProject(key, Set.of(issueTypes));
        }
        return this;
    }

    public FakeJira user(String username, String displayName, String email) {
        synchronized (lock) {
            state.addUser(new JiraState.User(username, "JIRAUSER" + Math.abs(username.hashCode() % 100000),
                    displayName, email, true));
        }
        return this;
    }

    public FakeJira inactiveUser(String username, String displayName, String email) {
        synchronized (lock) {
            state.addUser(new JiraState.User(username, "JIRAUSER" + Math.abs(username.hashCode() % 100000),
                    displayName, email, false));
        }
        return this;
    }

    /** The create screen lacks this field: setting it fails as Jira fails ("It is not on the appropriate screen"). */
    public FakeJira hideFromCreateScreen(String fieldId) {
        synchronized (lock) {
            state.hideFromCreateScreen(fieldId);
        }
        return this;
    }

    /** The project's create screen requires this field (a custom field, Components...), without a default value. */
    public FakeJira requireOnCreate(String project, String fieldId, String name) {
        synchronized (lock) {
            state.requireOnCreate(project, fieldId, name);
        }
        return this;
    }

    /** The token's user lacks the Create Issues permission in the project; it still sees the project. */
    public FakeJira denyCreateIssues(String project) {
        synchronized (lock) {
            state.denyCreateIssues(project);
        }
        return this;
    }

    /** Jira caps a search page ({@code jira.search.views.default.max}); a low cap makes the client page. */
    public FakeJira capSearchResultsAt(int cap) {
        synchronized (lock) {
            state.capSearchResultsAt(cap);
        }
        return this;
    }

    /** Behave like a Jira that validates JQL whatever {@code validateQuery} says: 400 for keys that do not exist. */
    public FakeJira validateQueryAlways() {
        synchronized (lock) {
            state.validateQueryAlways();
        }
        return this;
    }

    /** An issue made directly in Jira (by someone else), carrying these labels. */
    public String existingIssue(String project, String summary, String... labels) {
        synchronized (lock) {
            return state.newIssue(project, summary, List.of(labels), Instant.now());
        }
    }

    /**
     * From now on the issue's field {@code field} is served as {@code value} (a JSON null when {@code value} is null)
     * whatever the issue holds: a Jira whose add-ons or proxies write fields Jira itself would not.
     */
    public void serveField(String key, String field, JsonElement value) {
        synchronized (lock) {
            state.serveField(key, field, Optional.of(value == null ? JsonNull.INSTANCE : value));
        }
    }

    /** From now on the issue is served without the field {@code field}, even when a search asks for it. */
    public void omitField(String key, String field) {
        synchronized (lock) {
            state.serveField(key, field, Optional.empty());
        }
    }

    public void transition(String key, String status) {
        synchronized (lock) {
            state.transition(key, status, Instant.now());
        }
    }

    public void delete(String key) {
        synchronized (lock) {
            state.delete(key);
        }
    }

    public List<StoredIssue> issues() {
        synchronized (lock) {
            return state.issues();
        }
    }

    public Optional<StoredIssue> issue(String key) {
        synchronized (lock) {
            return state.issue(key);
        }
    }

    public Map<String, JsonObject> remoteLinks(String key) {
        synchronized (lock) {
            return state.remoteLinks(key);
        }
    }

    public List<StoredIssueLink> issueLinks() {
        synchronized (lock) {
            return state.issueLinks();
        }
    }

    // ---- incidents

    /**
     * A token that acts as {@code username} (as an application link impersonating that user would): what it reads is
     * what that user may browse.
     */
    public static String tokenFor(String username) {
        return USER_TOKEN_PREFIX + username;
    }

    /** An incident issue reported by {@code reporter} at {@code created}, with a priority (null for none). */
    public String incident(String project, String summary, String reporter, String priority, Instant created) {
        synchronized (lock) {
            return state.newIncident(project, summary, reporter, priority, created);
        }
    }

    /**
     * Changes the issue's status, priority or assignee (a username, null to unassign) as {@code author} did at
     * {@code at}, recorded in its history as Jira does; a change into a done status also sets the resolution.
     */
    public FakeJira change(String key, Instant at, String author, String field, String to) {
        synchronized (lock) {
            state.change(key, at, author, field, to);
        }
        return this;
    }

    /** A change of a field the fake does not keep (a custom "Severity" select), in the history only. */
    public FakeJira changeOther(String key, Instant at, String author, String field, String from, String to) {
        synchronized (lock) {
            state.changeOther(key, at, author, field, from, to);
        }
        return this;
    }

    public FakeJira comment(String key, Instant at, String author, String body) {
        synchronized (lock) {
            state.comment(key, at, author, body);
        }
        return this;
    }

    /** An issue link of {@code type} (Relates, Blocks, Duplicate): {@code inward} blocks {@code outward}. */
    public FakeJira linkIssues(String type, String inward, String outward) {
        synchronized (lock) {
            state.linkIssues(type, inward, outward);
        }
        return this;
    }

    /** Only these users may browse the issue (an issue security level); others get 404 as Jira answers. */
    public FakeJira restrictTo(String key, String... usernames) {
        synchronized (lock) {
            state.restrictTo(key, Set.of(usernames));
        }
        return this;
    }

    /**
     * A custom field Jira lists under {@code /field}: {@code type} is its {@code schema.type} ({@code datetime},
     * {@code date}, {@code option}, {@code string}).
     */
    public FakeJira customField(String id, String name, String type) {
        synchronized (lock) {
            state.addCustomField(id, name, type);
        }
        return this;
    }

    /** At most this many comments a page, whatever {@code maxResults} asks. */
    public FakeJira capCommentsAt(int cap) {
        synchronized (lock) {
            state.capCommentsAt(cap);
        }
        return this;
    }

    // ---- what Jira received

    public int requests(Endpoint endpoint) {
        return received(endpoint).size();
    }

    public int requests() {
        synchronized (lock) {
            return received.values().stream().mapToInt(List::size).sum();
        }
    }

    public List<RecordedRequest> received(Endpoint endpoint) {
        synchronized (lock) {
            return List.copyOf(received.getOrDefault(endpoint, List.of()));
        }
    }

    public RecordedRequest last(Endpoint endpoint) {
        List<RecordedRequest> all = received(endpoint);
        if (all.isEmpty()) {
            throw new AssertionError("The fake Jira received no " + endpoint + " request");
        }
        return all.get(all.size() - 1);
    }

    // ---- misbehaving on demand

    /** The next {@code times} requests to this endpoint meet the fault; later ones are answered normally. */
    public FakeJira failNext(Endpoint endpoint, int times, Fault fault) {
        synchronized (lock) {
            Deque<Fault> queue = nextFaults.computeIfAbsent(endpoint, e -> new ArrayDeque<>());
            for (int i = 0; i < times; i++) {
                queue.add(fault);
            }
        }
        return this;
    }

    /** The next {@code times} requests, to whichever endpoint, meet the fault. */
    public FakeJira failNext(int times, Fault fault) {
        synchronized (lock) {
            for (int i = 0; i < times; i++) {
                nextFaultsAnywhere.add(fault);
            }
        }
        return this;
    }

    /** Every request to this endpoint meets the fault until {@link #heal()}. */
    public FakeJira failAlways(Endpoint endpoint, Fault fault) {
        synchronized (lock) {
            alwaysFaults.put(endpoint, fault);
        }
        return this;
    }

    public FakeJira heal() {
        synchronized (lock) {
            nextFaults.clear();
            nextFaultsAnywhere.clear();
            alwaysFaults.clear();
            state.hideNewIssuesFromSearches(java.time.Duration.ZERO, null);
        }
        return this;
    }

    /**
     * Jira's index lags behind its database: a new issue is missing from label searches for {@code lag} of
     * {@code clock}'s time after its creation (Jira DC indexes asynchronously, a cluster's other nodes later still).
     */
    public FakeJira hideNewIssuesFromSearches(java.time.Duration lag, java.time.Clock clock) {
        synchronized (lock) {
            state.hideNewIssuesFromSearches(lag, clock);
        }
        return this;
    }

    /** How often a search left out an issue that existed, because the index had not caught up. */
    public int searchesThatMissedAnIssue() {
        synchronized (lock) {
            return state.searchesThatMissedAnIssue();
        }
    }

    /** Faults actually met by a request (not merely queued), by kind: what a test really exercised. */
    public Map<String, Integer> faultsServed() {
        synchronized (lock) {
            return Map.copyOf(faultsServed);
        }
    }

    // ---- HTTP

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String body = read(exchange.getRequestBody());
            String contextPath = baseUrl.getPath();
            Optional<Endpoint.Routed> routed = path.startsWith(contextPath + "/")
                    ? Endpoint.route(exchange.getRequestMethod(), path.substring(contextPath.length()))
                    : Optional.empty();
            if (routed.isEmpty()) {
                send(exchange, Reply.errors(404, "The fake Jira does not know " + exchange.getRequestMethod() + " " + path));
                return;
            }
            Endpoint endpoint = routed.get().endpoint();
            Optional<Fault> fault;
            synchronized (lock) {
                received.computeIfAbsent(endpoint, e -> new ArrayList<>()).add(new RecordedRequest(endpoint,
                        exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(), body,
                        header(exchange, "Authorization"), header(exchange, "Content-Type")));
                fault = takeFault(endpoint);
                fault.ifPresent(f -> faultsServed.merge(endpoint + " " + f.getClass().getSimpleName(), 1,
                        Integer::sum));
            }
            if (fault.isPresent() && fault.get() instanceof Fault.Answer answer) {
                send(exchange, new Reply(answer.status(), answer.headers(), answer.body()));
                return;
            }
            if (fault.isPresent() && fault.get() instanceof Fault.Reset) {
                return; // closing the exchange without headers drops the connection
            }
            Reply reply = answer(exchange, endpoint, routed.get().pathVariable(), body);
            if (fault.isEmpty()) {
                send(exchange, reply);
            } else if (fault.get() instanceof Fault.MalformedJson malformed) {
                send(exchange, Reply.json(200, malformed.body()));
            } else if (fault.get() instanceof Fault.Slow slow) {
                sleep(slow);
                send(exchange, reply);
            }
            // ResetAfterCommit: the work is done; closing without headers drops the connection
        } catch (IOException e) {
            // the client gave up (timeout) before the fake answered: what a slow Jira would see too
        }
    }

    private Reply answer(HttpExchange exchange, Endpoint endpoint, String pathVariable, String body) {
        Optional<String> acting = actingUser(header(exchange, "Authorization"));
        if (endpoint != Endpoint.SERVER_INFO && acting.isEmpty()) {
            return Reply.errors(401, "You are not authenticated. Authentication required to perform this operation.");
        }
        Optional<JsonObject> json = Optional.empty();
        if (exchange.getRequestMethod().equals("POST")) {
            try {
                json = Optional.of(JsonParser.parseString(body).getAsJsonObject());
            } catch (JsonParseException | IllegalStateException e) {
                return Reply.errors(400, "Unexpected character in the JSON body: " + e.getMessage());
            }
        }
        synchronized (lock) {
            return switch (endpoint) {
                case CREATE_ISSUE -> state.createIssue(json.orElseThrow(), Instant.now());
                case SEARCH -> state.search(json.orElseThrow());
                case REMOTE_LINK -> state.remoteLink(pathVariable, json.orElseThrow());
                case ISSUE_LINK -> state.issueLink(json.orElseThrow());
                case USER_SEARCH -> state.userSearch(query(exchange));
                case SERVER_INFO -> state.serverInfo();
                case MYSELF -> state.myself(BOT);
                case PROJECT -> state.project(pathVariable);
                case PROJECTS -> state.projects();
                case MY_PERMISSIONS -> state.myPermissions(query(exchange));
                case PRIORITIES -> state.priorities();
                case CREATE_META_ISSUE_TYPES -> state.createMetaIssueTypes(pathVariable, query(exchange));
                case CREATE_META_FIELDS -> state.createMetaFields(pathVariable.substring(0, pathVariable.indexOf('/')),
                        pathVariable.substring(pathVariable.lastIndexOf('/') + 1), query(exchange));
                case ISSUE -> state.issue(pathVariable, query(exchange), acting.orElseThrow());
                case COMMENTS -> state.comments(pathVariable, query(exchange), acting.orElseThrow());
                case FIELDS -> state.fields();
                case STATUSES -> state.statuses();
                case ISSUE_LINK_TYPES -> state.issueLinkTypes();
            };
        }
    }

    /** The bot for {@link #TOKEN}; a known user for {@link #tokenFor}; nobody for anything else. */
    private Optional<String> actingUser(Optional<String> authorization) {
        if (authorization.equals(Optional.of("Bearer " + TOKEN))) {
            return Optional.of(BOT);
        }
        String prefix = "Bearer " + USER_TOKEN_PREFIX;
        if (authorization.isPresent() && authorization.get().startsWith(prefix)) {
            String user = authorization.get().substring(prefix.length());
            synchronized (lock) {
                return state.knowsUser(user) ? Optional.of(user) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> query(HttpExchange exchange) {
        return new RecordedRequest(null, "GET", "", exchange.getRequestURI().getRawQuery(), "", Optional.empty(),
                Optional.empty()).query();
    }

    private Optional<Fault> takeFault(Endpoint endpoint) {
        Deque<Fault> queue = nextFaults.get(endpoint);
        if (queue != null && !queue.isEmpty()) {
            return Optional.of(queue.poll());
        }
        if (!nextFaultsAnywhere.isEmpty()) {
            return Optional.of(nextFaultsAnywhere.poll());
        }
        return Optional.ofNullable(alwaysFaults.get(endpoint));
    }

    private static void sleep(Fault.Slow slow) throws IOException {
        try {
            Thread.sleep(slow.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("The fake Jira stopped while a slow answer was pending", e);
        }
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static Optional<String> header(HttpExchange exchange, String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
