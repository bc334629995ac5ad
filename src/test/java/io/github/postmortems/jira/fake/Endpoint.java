package io.github.postmortems.jira.fake;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Jira REST endpoints the fake speaks, recognised by method and path. */
public enum Endpoint {
    CREATE_ISSUE("POST", "/rest/api/2/issue/?"),
    SEARCH("POST", "/rest/api/2/search/?"),
    REMOTE_LINK("POST", "/rest/api/2/issue/([^/]+)/remotelink/?"),
    ISSUE_LINK("POST", "/rest/api/2/issueLink/?"),
    USER_SEARCH("GET", "/rest/api/2/user/search/?"),
    SERVER_INFO("GET", "/rest/api/2/serverInfo/?"),
    MYSELF("GET", "/rest/api/2/myself/?"),
    PROJECT("GET", "/rest/api/2/project/([^/]+)/?"),
    PROJECTS("GET", "/rest/api/2/project/?"),
    MY_PERMISSIONS("GET", "/rest/api/2/mypermissions/?"),
    PRIORITIES("GET", "/rest/api/2/priority/?"),
    CREATE_META_ISSUE_TYPES("GET", "/rest/api/2/issue/createmeta/([^/]+)/issuetypes/?"),
    /** The path variable is {@code PROJECT/issuetypes/TYPEID}. */
    CREATE_META_FIELDS("GET", "/rest/api/2/issue/createmeta/([^/]+/issuetypes/[^/]+)/?"),
    /** One issue with its fields, and its whole change history with {@code expand=changelog}. */
    ISSUE("GET", "/rest/api/2/issue/([^/]+)/?"),
    /** An issue's comments, paged ({@code startAt}, {@code maxResults}). */
    COMMENTS("GET", "/rest/api/2/issue/([^/]+)/comment/?"),
    /** Every field, system and custom, with its {@code schema}. */
    FIELDS("GET", "/rest/api/2/field/?"),
    STATUSES("GET", "/rest/api/2/status/?"),
    ISSUE_LINK_TYPES("GET", "/rest/api/2/issueLinkType/?");

    private final String method;
    private final Pattern path;

    Endpoint(String method, String path) {
        this.method = method;
        this.path = Pattern.compile(path);
    }

    /** The endpoint and the path's one variable part (an issue key), if the request is for one of them. */
    static Optional<Routed> route(String method, String path) {
        for (Endpoint endpoint : values()) {
            Matcher m = endpoint.path.matcher(path);
            if (endpoint.method.equals(method) && m.matches()) {
                return Optional.of(new Routed(endpoint, m.groupCount() > 0 ? m.group(1) : ""));
            }
        }
        return Optional.empty();
    }

    record Routed(Endpoint endpoint, String pathVariable) {
    }
}
