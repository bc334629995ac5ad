package io.github.postmortems.storage;

import java.util.Locale;

/** Countermeasure | Owner | Due | Priority | Type | Jira, in the order a table without a header row is read. */
public enum CountermeasureColumn implements Column {
    TEXT,
    OWNER,
    DUE,
    PRIORITY,
    TYPE,
    JIRA;

    @Override
    public String key() {
        return "postmortems.countermeasure.column." + name().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean required() {
        return this == TEXT;
    }
}
