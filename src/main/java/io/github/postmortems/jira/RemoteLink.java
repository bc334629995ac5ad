package io.github.postmortems.jira;

import com.google.gson.JsonObject;

import java.net.URI;
import java.util.Objects;

/**
 * A link on a Jira issue to something outside Jira (the postmortem page). The {@code globalId} identifies it: posting
 * the same globalId again updates the link instead of adding a second one, which makes the call safe to repeat.
 * Jira's default renderer shows the title, the summary beside it, and a resolved link struck through.
 */
public record RemoteLink(String globalId, URI url, String title, String summary, boolean resolved,
                         String relationship, String applicationType, String applicationName) {

    /** The application type of our links: Jira draws them with its default renderer (see {@link #toPostmortem}). */
    public static final String POSTMORTEM_APPLICATION_TYPE = "io.github.postmortems";

    public RemoteLink {
        if (globalId == null || globalId.isBlank() || globalId.length() > 255) {
            throw new IllegalArgumentException("A remote link's globalId is 1 to 255 characters: " + globalId);
        }
        Objects.requireNonNull(url, "url");
        if (!url.isAbsolute()) {
            throw new IllegalArgumentException("A remote link points to an absolute URL: " + url);
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A remote link has a title");
        }
        summary = summary == null ? "" : summary;
        relationship = relationship == null ? "" : relationship;
        applicationType = applicationType == null ? "" : applicationType;
        applicationName = applicationName == null ? "" : applicationName;
    }

    /**
     * The link from a countermeasure's issue back to its postmortem page. Not of Confluence's own type
     * ({@code com.atlassian.confluence}): Jira's renderer for that type decodes the globalId as
     * {@code appId=<Confluence's application id>&pageId=<id>} and shows "Failed to load" for anything else, and the
     * application id is only reachable through applinks' host SPI. Our own type is drawn by Jira's default renderer,
     * with the postmortem's state in the summary. The globalId names the page and the Confluence it lives on, so the
     * same page linked twice updates one link.
     */
    public static RemoteLink toPostmortem(long pageId, URI pageUrl, String title, String summary, boolean published,
                                          String relationship, String applicationName) {
        String globalId = POSTMORTEM_APPLICATION_TYPE + ":page=" + pageId + "@" + pageUrl.getAuthority();
        return new RemoteLink(globalId, pageUrl, title, summary, published, relationship, POSTMORTEM_APPLICATION_TYPE,
                applicationName);
    }

    String toJson() {
        JsonObject object = new JsonObject();
        object.addProperty("url", url.toString());
        object.addProperty("title", title);
        if (!summary.isEmpty()) {
            object.addProperty("summary", summary);
        }
        JsonObject status = new JsonObject();
        status.addProperty("resolved", resolved);
        object.add("status", status);
        JsonObject body = new JsonObject();
        body.addProperty("globalId", globalId);
        if (!applicationType.isEmpty() || !applicationName.isEmpty()) {
            JsonObject application = new JsonObject();
            application.addProperty("type", applicationType);
            application.addProperty("name", applicationName);
            body.add("application", application);
        }
        if (!relationship.isEmpty()) {
            body.addProperty("relationship", relationship);
        }
        body.add("object", object);
        return body.toString();
    }
}
