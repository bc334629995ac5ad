package io.github.postmortems.index;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Table {@code AO_<hash>_LIST_GENERATION}: one row whose token every write to the postmortem index replaces in the
 * same transaction, so every node can tell from one small query whether what it remembers of the list is current.
 * A token, not a counter: two nodes writing at once need only leave a value no reader saw before, which a random one
 * does without an atomic increment. Should two nodes create the row at once, there are two, and both are written.
 */
@Table("LIST_GENERATION")
public interface ListGenerationEntity extends Entity {

    String TOKEN = "TOKEN";

    @NotNull
    @StringLength(Limits.ENUM)
    String getToken();

    void setToken(String token);
}
