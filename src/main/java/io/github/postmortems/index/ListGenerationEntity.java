package io.github.postmortems.index;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Table {@code AO_<hash>_LIST_GENERATION}: one row whose token every write to the postmortem index replaces in the
 * same transaction, so every node can tell from one small query whether what it remembers of the list is current.
 * The token keys what is remembered (a random one is new to every reader without an atomic increment); the count of
 * writes beside it, raised under the row's lock, tells a reader which pages were written since it last looked.
 * Should two nodes create the row at once, there are two, and both are written.
 */
@Table("LIST_GENERATION")
public interface ListGenerationEntity extends Entity {

    String TOKEN = "TOKEN";
    String WRITES = "WRITES";

    @NotNull
    @StringLength(Limits.ENUM)
    String getToken();

    void setToken(String token);

    /**
     * The number of the last write, counted under this row's lock: a writer replaces the token first, which holds the
     * row until it commits, and only then reads and raises the count, so writes are numbered in the order they commit.
     * Null in a row from before writes were counted: none counted yet.
     */
    Long getWrites();

    void setWrites(Long writes);
}
