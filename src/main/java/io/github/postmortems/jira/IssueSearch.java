package io.github.postmortems.jira;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.postmortems.postmortem.IssueKey;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code POST /rest/api/2/search} page by page. Searches by key send {@code "validateQuery": false}: with
 * validation on (the default), Jira DC answers 400 "An issue with key 'X' does not exist for field 'key'" when one
 * key of the list was deleted, and returns nothing for the others. Should a Jira still answer that 400, the named keys
 * are dropped and the rest asked again.
 */
final class IssueSearch {

    private static final Pattern NO_SUCH_KEY = Pattern.compile(
            "(?:An issue with key|The issue key) '([^']+)' (?:does not exist|for field '\\w+' is invalid)");

    /** Our searches ask for at most a hundred keys or one page's labels: twenty pages is far past any real answer. */
    static final int MAX_PAGES = 20;
    private static final int MAX_WARNINGS = 20;

    private final JiraTransport transport;
    private final Clock clock;
    private final int pageSize;

    IssueSearch(JiraTransport transport, Clock clock, int pageSize) {
        this.transport = transport;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    /** One batch of keys: every page of the answer, tolerating keys that no longer exist. */
    FoundIssues byKeys(List<IssueKey> keys) throws JiraFailure {
        Set<IssueKey> asked = new LinkedHashSet<>(keys);
        Set<IssueKey> gone = new LinkedHashSet<>();
        while (!asked.isEmpty()) {
            try {
                Page result = all(Jql.issueKeysIn(asked));
                Map<IssueKey, IssueSnapshot> found = new LinkedHashMap<>();
                result.issues().forEach(issue -> found.put(issue.key(), issue));
                Set<IssueKey> missing = new LinkedHashSet<>(gone);
                asked.stream().filter(k -> !found.containsKey(k)).forEach(missing::add);
                return new FoundIssues(found, missing, result.warnings());
            } catch (JiraRejected rejected) {
                Set<IssueKey> named = keysNamedIn(rejected);
                named.retainAll(asked);
                if (rejected.status() != 400 || named.isEmpty()) {
                    throw rejected;
                }
                asked.removeAll(named);
                gone.addAll(named);
            }
        }
        return new FoundIssues(Map.of(), gone, List.of());
    }

    List<IssueSnapshot> byJql(String jql) throws JiraFailure {
        return all(jql).issues();
    }

    private Page all(String jql) throws JiraFailure {
        List<IssueSnapshot> issues = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int startAt = 0;
        for (int pages = 1; ; pages++) {
            if (pages > MAX_PAGES) {
                // A Jira that keeps saying there is more (a huge total, a page at a time) is not answering our search.
                throw Json.unreadable("a search", "more than " + MAX_PAGES + " pages of results");
            }
            JiraRequest request = JiraRequest.post("/rest/api/2/search", body(jql, startAt), Idempotency.SAFE);
            JsonObject answer = Json.object(Answers.successful(request, transport.send(request), clock.instant()), "a search");
            JsonElement page = answer.get("issues");
            if (page == null || !page.isJsonArray()) {
                throw Json.unreadable("a search", "no issues list");
            }
            for (JsonElement issue : page.getAsJsonArray()) {
                issues.add(IssueSnapshotReader.read(issue, note -> {
                    if (warnings.size() < MAX_WARNINGS) {
                        warnings.add(note);
                    }
                }));
            }
            if (answer.get("warningMessages") != null && answer.get("warningMessages").isJsonArray()) {
                for (JsonElement warning : answer.getAsJsonArray("warningMessages")) {
                    if (warnings.size() < MAX_WARNINGS) {
                        warnings.add(Json.text(warning));
                    }
                }
            }
            long total = Json.number(answer, "total").orElse((long) issues.size());
            startAt += page.getAsJsonArray().size();
            if (page.getAsJsonArray().isEmpty() || startAt >= total) {
                return new Page(issues, warnings);
            }
        }
    }

    private String body(String jql, int startAt) {
        JsonObject body = new JsonObject();
        body.addProperty("jql", jql);
        body.addProperty("startAt", startAt);
        body.addProperty("maxResults", pageSize);
        body.addProperty("validateQuery", false);
        JsonArray fields = new JsonArray();
        IssueSnapshot.FIELDS.forEach(fields::add);
        body.add("fields", fields);
        return body.toString();
    }

    private static Set<IssueKey> keysNamedIn(JiraRejected rejected) {
        Set<IssueKey> keys = new LinkedHashSet<>();
        for (String message : rejected.errors().messages()) {
            Matcher m = NO_SUCH_KEY.matcher(message);
            while (m.find()) {
                IssueKey.parse(m.group(1)).ifPresent(keys::add);
            }
        }
        return keys;
    }

    private record Page(List<IssueSnapshot> issues, List<String> warnings) {
    }
}
