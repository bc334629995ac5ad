package io.github.postmortems.confluence.admin;

/** One of Confluence's Jira application links, as the connection choice lists it. */
public record ApplicationLinkChoice(String id, String name, String url, boolean selected) {

    public ApplicationLinkChoice {
        id = id == null ? "" : id;
        name = name == null ? "" : name;
        url = url == null ? "" : url;
    }
}
