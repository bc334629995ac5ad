package io.github.postmortems.index;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.postmortems.digest.DueCountermeasure;
import io.github.postmortems.digest.OwnerDues;
import io.github.postmortems.postmortem.UserRef;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link OwnerDues} in Active Objects: a page's open countermeasures with an owner and a due day are its rows of
 * {@link OwnerDueEntity}, replaced in one transaction; the digest reads them with one range query on the due day's
 * index. Hands out records, never entities.
 */
public final class AoOwnerDues implements OwnerDues {

    /** More rows than this for one page are not kept (a table of thousands of rows is not a plan anyone follows). */
    static final int MAX_PER_PAGE = 500;
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private final ActiveObjects ao;

    public AoOwnerDues(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void replace(long pageId, List<DueCountermeasure> dues) {
        Objects.requireNonNull(dues, "dues");
        try {
            ao.executeInTransaction(() -> write(pageId, dues));
        } catch (RuntimeException firstTry) {
            // Another node wrote the page's rows between our delete and our inserts; the unique keys refused ours, so
            // a second try deletes theirs and writes these.
            try {
                ao.executeInTransaction(() -> write(pageId, dues));
            } catch (RuntimeException secondTry) {
                secondTry.addSuppressed(firstTry);
                throw secondTry;
            }
        }
    }

    private Void write(long pageId, List<DueCountermeasure> dues) {
        ao.deleteWithSQL(OwnerDueEntity.class, OwnerDueEntity.PAGE_ID + " = ?", pageId);
        int kept = 0;
        for (DueCountermeasure due : dues) {
            String owner = AoPostmortemIndex.person(due.owner());
            // A person cut to fit is somebody else: not kept. Numbered in page order (a page may hold two tables).
            if (kept >= MAX_PER_PAGE || owner.endsWith("\u2026") && owner.length() == Limits.NAME
                    || due.pageId() != pageId) {
                continue;
            }
            ao.create(OwnerDueEntity.class,
                    new DBParam(OwnerDueEntity.DUE_KEY, pageId + ":" + kept),
                    new DBParam(OwnerDueEntity.PAGE_ID, pageId),
                    new DBParam(OwnerDueEntity.SPACE_KEY, Limits.fit(due.spaceKey(), Limits.NAME)),
                    new DBParam(OwnerDueEntity.PAGE_TITLE, Limits.fit(due.pageTitle(), Limits.NAME)),
                    new DBParam(OwnerDueEntity.CM_ROW, due.row()),
                    new DBParam(OwnerDueEntity.CM_TEXT, Limits.fit(due.text(), Limits.EXCERPT)),
                    new DBParam(OwnerDueEntity.OWNER_REF, owner),
                    new DBParam(OwnerDueEntity.DUE_DAY, BASIC.format(due.due())),
                    new DBParam(OwnerDueEntity.ISSUE_KEY, due.issueKey() == null ? null
                            : Limits.fit(due.issueKey(), Limits.ISSUE_KEY)));
            kept++;
        }
        return null;
    }

    @Override
    public void remove(long pageId) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(OwnerDueEntity.class, OwnerDueEntity.PAGE_ID + " = ?", pageId);
            return null;
        });
    }

    @Override
    public List<DueCountermeasure> dueBy(LocalDate lastDay, int limit) {
        return ao.executeInTransaction(() -> {
            OwnerDueEntity[] rows = ao.find(OwnerDueEntity.class, Query.select()
                    .where(OwnerDueEntity.DUE_DAY + " <= ?", BASIC.format(lastDay))
                    .order(OwnerDueEntity.DUE_DAY + " ASC, " + OwnerDueEntity.DUE_KEY + " ASC")
                    .limit(limit));
            List<DueCountermeasure> dues = new ArrayList<>(rows.length);
            for (OwnerDueEntity row : rows) {
                toRecord(row).ifPresent(dues::add);
            }
            return dues;
        });
    }

    /** A row this version cannot read (edited by hand, a newer version's) is left out, not a failure. */
    private static Optional<DueCountermeasure> toRecord(OwnerDueEntity row) {
        try {
            UserRef owner = AoPostmortemIndex.person(row.getOwnerRef());
            if (owner == null || owner instanceof UserRef.Named) {
                return Optional.empty();
            }
            return Optional.of(new DueCountermeasure(row.getPageId(), row.getSpaceKey(), row.getPageTitle(),
                    row.getCmRow(), row.getCmText(), owner, LocalDate.parse(row.getDueDay(), BASIC),
                    row.getIssueKey()));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
