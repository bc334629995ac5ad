package io.github.postmortems.storage;

/** A column of one of the postmortem tables, named in the page by any bundled translation of its i18n key. */
interface Column {

    /** i18n key of the column's header; also the column name in warnings. */
    String key();

    /** Whether a row without this cell cannot be read at all. */
    boolean required();
}
