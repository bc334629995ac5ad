package io.github.postmortems.jira;

import java.util.Objects;

/** What Jira says about creating issues: projects, the issue types of a project's create screens and their fields. */
public final class CreateMeta {

    private CreateMeta() {
    }

    /** A project as {@code /rest/api/2/project} lists it. */
    public record Project(String id, String key, String name) {
        public Project {
            id = Objects.requireNonNullElse(id, "");
            key = Objects.requireNonNull(key, "key");
            name = Objects.requireNonNullElse(name, key);
        }
    }

    /** An issue type the user may create in a project ({@code createmeta/{project}/issuetypes}). */
    public record IssueType(String id, String name) {
        public IssueType {
            id = Objects.requireNonNull(id, "id");
            name = Objects.requireNonNullElse(name, id);
        }
    }

    /**
     * A field of a create screen ({@code createmeta/{project}/issuetypes/{id}}).
     *
     * @param hasDefaultValue Jira fills it when the create request leaves it out
     */
    public record Field(String id, String name, boolean required, boolean hasDefaultValue) {
        public Field {
            id = Objects.requireNonNull(id, "id");
            name = Objects.requireNonNullElse(name, id);
        }
    }
}
