package io.github.postmortems.index;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The postmortem page of an incident in a space, table {@code AO_<hash>_INCIDENT_PAGE}: the guard behind
 * {@link io.github.postmortems.automation.IncidentPages}. The unique claim key keeps two nodes from both creating the
 * page: the second insert fails in the database. {@code PAGE_ID} is 0 while the page is being created.
 */
@Table("INCIDENT_PAGE")
public interface IncidentPageEntity extends Entity {

    String CLAIM_KEY = "CLAIM_KEY";
    String SPACE_KEY = "SPACE_KEY";
    String INCIDENT_KEY = "INCIDENT_KEY";
    String PAGE_ID = "PAGE_ID";
    String CLAIMED_MILLIS = "CLAIMED_MILLIS";

    /** SHA-256 (hex) of the space key and the incident key: fixed length whatever the keys' lengths. */
    @NotNull
    @Unique
    @StringLength(Limits.CLAIM_KEY)
    String getClaimKey();

    void setClaimKey(String claimKey);

    @NotNull
    @StringLength(Limits.NAME)
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    @StringLength(Limits.ISSUE_KEY)
    String getIncidentKey();

    void setIncidentKey(String incidentKey);

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    long getClaimedMillis();

    void setClaimedMillis(long claimedMillis);
}
