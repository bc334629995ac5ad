package io.github.postmortems.storage;

import java.util.Locale;

/**
 * Countermeasure | Owner | Due | Priority | Type | Jira | Status, in the order a table without a header row is read. The
 * Status column holds what people said beyond Jira (verified effective, won't do): see {@link StatusCell}.
 */
public enum CountermeasureColumn implements Column {
    TEXT,
    OWNER,
    DUE,
    PRIORITY,
    TYPE,
    JIRA,
    STATUS;

    @Override
    public String key() {
        return "postmortems.countermeasure.column." + name().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean required() {
        return this == TEXT;
    }
}
