package io.github.postmortems.index;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One open countermeasure with an owner who is a user and a due day, table {@code AO_<hash>_OWNER_DUE}: what the weekly
 * digest reads ({@link io.github.postmortems.digest.DueCountermeasure}), written when its page is indexed. The due day
 * is the basic ISO date {@code yyyyMMdd}: eight digits compare as text the same on every database and collation, so
 * "due by" is one range query on its index.
 */
@Table("OWNER_DUE")
public interface OwnerDueEntity extends Entity {

    /** Column names for queries; they follow from the getters below under Atlassian's naming rules. */
    String DUE_KEY = "DUE_KEY";
    String PAGE_ID = "PAGE_ID";
    String SPACE_KEY = "SPACE_KEY";
    String PAGE_TITLE = "PAGE_TITLE";
    String CM_ROW = "CM_ROW";
    String CM_TEXT = "CM_TEXT";
    String OWNER_REF = "OWNER_REF";
    String DUE_DAY = "DUE_DAY";
    String ISSUE_KEY = "ISSUE_KEY";

    /** {@code <page id>:<number in page order>}: unique, so two nodes indexing one page at once cannot both leave their rows. */
    @NotNull
    @Unique
    @StringLength(Limits.ROW_KEY)
    String getDueKey();

    void setDueKey(String dueKey);

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @StringLength(Limits.NAME)
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    @StringLength(Limits.NAME)
    String getPageTitle();

    void setPageTitle(String pageTitle);

    /** The countermeasure's 1-based row in the page's table. */
    @NotNull
    int getCmRow();

    void setCmRow(int cmRow);

    @NotNull
    @StringLength(Limits.EXCERPT)
    String getCmText();

    void setCmText(String cmText);

    /** {@code key:…} or {@code user:…}, as the postmortem table keeps people. */
    @NotNull
    @StringLength(Limits.NAME)
    String getOwnerRef();

    void setOwnerRef(String ownerRef);

    /** {@code yyyyMMdd}. */
    @NotNull
    @Indexed
    @StringLength(Limits.BASIC_DATE)
    String getDueDay();

    void setDueDay(String dueDay);

    @StringLength(Limits.ISSUE_KEY)
    String getIssueKey();

    void setIssueKey(String issueKey);
}
