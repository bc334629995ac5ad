package io.github.postmortems.jira;

import com.google.gson.JsonObject;

import java.net.URI;
import java.util.Objects;

/**
 * A link on a Jira issue to something outside Jira (the postmortem page). The {@code globalId} identifies it: posting
 * the same globalId again updates the link instead of adding a second one, which makes the call safe to repeat.
 */
public record RemoteLink(String globalId, URI url, String title, String relationship, String applicationType,
                         String applicationName) {

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
        relationship = relationship == null ? "" : relationship;
        applicationType = applicationType == null ? "" : applicationType;
        applicationName = applicationName == null ? "" : applicationName;
    }

    String toJson() {
        JsonObject object = new JsonObject();
        object.addProperty("url", url.toString());
        object.addProperty("title", title);
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
