package io.github.postmortems.automation;

import java.util.Objects;

/** A created postmortem page: its id and where it is read, as an absolute address. */
public record PageRef(long id, String url) {

    public PageRef {
        if (id <= 0) {
            throw new IllegalArgumentException("page id " + id);
        }
        Objects.requireNonNull(url, "url");
    }
}
