package io.github.postmortems.index;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Table {@code AO_<hash>_DRAFTED_ROW}: one row drafted from the incident into a created page, as
 * {@link io.github.postmortems.incident.DraftedRowMemory} remembers it (issue 15, item 4). The macros read a page's
 * rows in one query by the indexed page id.
 */
@Table("DRAFTED_ROW")
public interface DraftedRowEntity extends Entity {

    String PAGE_ID = "PAGE_ID";
    String ROW_SOURCE = "ROW_SOURCE";
    String ROW_PRINT = "ROW_PRINT";

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    /** {@link io.github.postmortems.incident.DraftRow#source()}, such as {@code change:10123:status}. */
    @NotNull
    @StringLength(Limits.NAME)
    String getRowSource();

    void setRowSource(String rowSource);

    /** {@link io.github.postmortems.incident.RowPrint}: 32 hex digits. */
    @NotNull
    @StringLength(Limits.ENUM * 2)
    String getRowPrint();

    void setRowPrint(String rowPrint);
}
