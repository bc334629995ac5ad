package io.github.postmortems.index;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One wording hint of a postmortem page, table {@code AO_<hash>_WORDING_HINT}: a
 * {@link io.github.postmortems.wording.WordingHint} as {@link AoWordingStore} keeps it, at most
 * {@link io.github.postmortems.wording.WordingReport#MAX_KEPT} rows per page, each repeating how many the page gave
 * in all. Language-neutral: the kind and place are constant names, the excerpt and section the page's own words.
 */
@Table("WORDING_HINT")
public interface WordingHintEntity extends Entity {

    /** Column names for queries; they follow from the getters below under Atlassian's naming rules. */
    String HINT_KEY = "HINT_KEY";
    String PAGE_ID = "PAGE_ID";
    String HINT_NUMBER = "HINT_NUMBER";
    String HINT_KIND = "HINT_KIND";
    String PLACE = "PLACE";
    String SECTION_TITLE = "SECTION_TITLE";
    String EXCERPT = "EXCERPT";
    String MARK_FROM = "MARK_FROM";
    String MARK_TO = "MARK_TO";
    String TEXT_OFFSET = "TEXT_OFFSET";
    String HINTS_FOUND = "HINTS_FOUND";

    /** {@code <page id>:<number>}: unique, so two nodes indexing one page at once cannot both leave their rows. */
    @NotNull
    @Unique
    @StringLength(Limits.ROW_KEY)
    String getHintKey();

    void setHintKey(String hintKey);

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    /** The hint's place in page order, from 0. */
    @NotNull
    int getHintNumber();

    void setHintNumber(int hintNumber);

    /** {@link io.github.postmortems.wording.HintKind} constant name. */
    @NotNull
    @StringLength(Limits.ENUM)
    String getHintKind();

    void setHintKind(String hintKind);

    /** {@link io.github.postmortems.wording.Place} constant name. */
    @NotNull
    @StringLength(Limits.ENUM)
    String getPlace();

    void setPlace(String place);

    /** The heading above the phrase; null above the first heading. */
    @StringLength(Limits.NAME)
    String getSectionTitle();

    void setSectionTitle(String sectionTitle);

    @NotNull
    @StringLength(Limits.EXCERPT)
    String getExcerpt();

    void setExcerpt(String excerpt);

    @NotNull
    int getMarkFrom();

    void setMarkFrom(int markFrom);

    @NotNull
    int getMarkTo();

    void setMarkTo(int markTo);

    @NotNull
    int getTextOffset();

    void setTextOffset(int textOffset);

    /** Every hint the page gave, kept or not: the same in each of the page's rows. */
    @NotNull
    int getHintsFound();

    void setHintsFound(int hintsFound);
}
