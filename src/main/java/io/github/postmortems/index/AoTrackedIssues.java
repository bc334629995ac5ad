package io.github.postmortems.index;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.postmortems.jira.RowRef;
import io.github.postmortems.jira.StatusCategory;
import io.github.postmortems.jira.TrackedIssue;
import io.github.postmortems.jira.TrackedIssues;
import io.github.postmortems.postmortem.IssueKey;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** {@link TrackedIssues} in Active Objects. Each method is one transaction and hands out records, never entities. */
public final class AoTrackedIssues implements TrackedIssues {

    /** Keys per {@code IN (...)} list: far below every database's limit on bind parameters. */
    private static final int KEYS_PER_QUERY = 500;

    private final ActiveObjects ao;

    public AoTrackedIssues(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void save(TrackedIssue issue) {
        Objects.requireNonNull(issue, "issue");
        try {
            ao.executeInTransaction(() -> upsert(issue));
        } catch (RuntimeException firstTry) {
            // Another node inserted the same key between our read and our insert (the webhook and the job can meet
            // here); the unique key refused ours, so the record exists now and a second try updates it.
            try {
                ao.executeInTransaction(() -> upsert(issue));
            } catch (RuntimeException secondTry) {
                secondTry.addSuppressed(firstTry);
                throw secondTry;
            }
        }
    }

    @Override
    public Optional<TrackedIssue> byKey(IssueKey key) {
        Objects.requireNonNull(key, "key");
        return ao.executeInTransaction(() -> find(key).map(AoTrackedIssues::toRecord));
    }

    @Override
    public List<TrackedIssue> byPage(long pageId) {
        return ao.executeInTransaction(() -> {
            TrackedIssueEntity[] found = ao.find(TrackedIssueEntity.class,
                    Query.select().where(TrackedIssueEntity.PAGE_ID + " = ?", pageId).order("ID"));
            return Arrays.stream(found).map(AoTrackedIssues::toRecord).toList();
        });
    }

    @Override
    public List<TrackedIssue> byPages(Collection<Long> pageIds) {
        if (pageIds.isEmpty()) {
            return List.of();
        }
        Object[] ids = pageIds.stream().distinct().toArray();
        String placeholders = String.join(", ", java.util.Collections.nCopies(ids.length, "?"));
        return ao.executeInTransaction(() -> {
            TrackedIssueEntity[] found = ao.find(TrackedIssueEntity.class, Query.select()
                    .where(TrackedIssueEntity.PAGE_ID + " IN (" + placeholders + ")", ids)
                    .order(TrackedIssueEntity.PAGE_ID + ", ID"));
            return Arrays.stream(found).map(AoTrackedIssues::toRecord).toList();
        });
    }

    /**
     * Pages through the table by id, one short transaction per batch; {@code batch} runs outside any transaction, so
     * it may call Jira without holding a database connection.
     */
    @Override
    public void forEachBatchOfKeys(int batchSize, Consumer<List<IssueKey>> batch) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
        Objects.requireNonNull(batch, "batch");
        int afterId = 0;
        while (true) {
            int from = afterId;
            List<KeyAt> page = ao.executeInTransaction(() -> Arrays.stream(ao.find(TrackedIssueEntity.class,
                            Query.select("ID, " + TrackedIssueEntity.ISSUE_KEY)
                                    .where("ID > ? AND " + TrackedIssueEntity.VOUCHED_BY + " IS NOT NULL", from)
                                    .order("ID")
                                    .limit(batchSize)))
                    .map(entity -> new KeyAt(entity.getID(), issueKey(entity.getIssueKey())))
                    .toList());
            if (page.isEmpty()) {
                return;
            }
            afterId = page.get(page.size() - 1).id();
            batch.accept(page.stream().map(KeyAt::key).toList());
            if (page.size() < batchSize) {
                return;
            }
        }
    }

    /** {@code at} is not kept: {@link TrackedIssue} has no place for it (the last sync time stays as it was). */
    @Override
    public void recordError(Collection<IssueKey> keys, String error, Instant at) {
        Objects.requireNonNull(at, "at");
        List<String> all = keys.stream().map(IssueKey::toString).distinct().toList();
        String message = Limits.fit(error, Limits.ERROR);
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
            ao.executeInTransaction(() -> {
                String placeholders = String.join(", ", Collections.nCopies(chunk.size(), "?"));
                for (TrackedIssueEntity entity : ao.find(TrackedIssueEntity.class,
                        TrackedIssueEntity.ISSUE_KEY + " IN (" + placeholders + ")", chunk.toArray())) {
                    entity.setLastError(message);
                    entity.save();
                }
                return null;
            });
        }
    }

    @Override
    public void forget(IssueKey key) {
        Objects.requireNonNull(key, "key");
        ao.executeInTransaction(() -> ao.deleteWithSQL(TrackedIssueEntity.class,
                TrackedIssueEntity.ISSUE_KEY + " = ?", key.toString()));
    }

    @Override
    public void forgetPage(long pageId) {
        ao.executeInTransaction(() -> ao.deleteWithSQL(TrackedIssueEntity.class,
                TrackedIssueEntity.PAGE_ID + " = ?", pageId));
    }

    @Override
    public void forgetOnPageExcept(long pageId, Collection<IssueKey> keep) {
        Set<String> kept = keep.stream().map(IssueKey::toString).collect(Collectors.toSet());
        ao.executeInTransaction(() -> {
            for (TrackedIssueEntity entity : ao.find(TrackedIssueEntity.class,
                    Query.select("ID, " + TrackedIssueEntity.ISSUE_KEY).where(TrackedIssueEntity.PAGE_ID + " = ?",
                            pageId))) {
                if (!kept.contains(entity.getIssueKey())) {
                    ao.deleteWithSQL(TrackedIssueEntity.class, "ID = ?", entity.getID());
                }
            }
            return null;
        });
    }

    private Void upsert(TrackedIssue issue) {
        TrackedIssueEntity entity = find(issue.key()).orElseGet(() -> ao.create(TrackedIssueEntity.class,
                new DBParam(TrackedIssueEntity.ISSUE_KEY, issue.key().toString()),
                new DBParam(TrackedIssueEntity.PAGE_ID, issue.row().pageId()),
                new DBParam(TrackedIssueEntity.ROW_KEY, issue.row().asKey()),
                new DBParam(TrackedIssueEntity.STATUS_CATEGORY, issue.category().name())));
        if (issue.vouched()) {
            entity.setVouchedBy(Limits.fit(issue.vouchedBy(), Limits.NAME));
        } else if (entity.getPageId() != issue.row().pageId()) {
            // A vouch holds for the page it was given on, not for a page the record moves to.
            entity.setVouchedBy(null);
        }
        entity.setPageId(issue.row().pageId());
        entity.setRowKey(issue.row().asKey());
        entity.setStatusName(Limits.fit(issue.statusName(), Limits.NAME));
        entity.setStatusCategory(issue.category().name());
        entity.setAssigneeUsername(Limits.fit(issue.assignee(), Limits.NAME));
        entity.setAssigneeName(Limits.fit(issue.assigneeName(), Limits.NAME));
        entity.setDueDate(issue.due() == null ? null : issue.due().toString());
        entity.setResolvedAtMillis(millis(issue.resolvedAt()));
        entity.setLastSyncedMillis(millis(issue.lastSynced()));
        entity.setLastError(Limits.fit(issue.lastError(), Limits.ERROR));
        entity.save();
        return null;
    }

    private Optional<TrackedIssueEntity> find(IssueKey key) {
        TrackedIssueEntity[] found = ao.find(TrackedIssueEntity.class,
                Query.select().where(TrackedIssueEntity.ISSUE_KEY + " = ?", key.toString()));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    private static TrackedIssue toRecord(TrackedIssueEntity entity) {
        return new TrackedIssue(RowRef.fromKey(entity.getRowKey()), issueKey(entity.getIssueKey()),
                entity.getStatusName(), category(entity.getStatusCategory()), entity.getAssigneeUsername(),
                entity.getAssigneeName(), entity.getDueDate() == null ? null : LocalDate.parse(entity.getDueDate()),
                instant(entity.getResolvedAtMillis()), instant(entity.getLastSyncedMillis()), entity.getLastError(),
                entity.getVouchedBy());
    }

    private static IssueKey issueKey(String stored) {
        return IssueKey.parse(stored)
                .orElseThrow(() -> new IllegalStateException("not a Jira issue key in the index: " + stored));
    }

    /** A category this version does not know (written by a newer one) reads as unknown, not as a failure. */
    private static StatusCategory category(String stored) {
        for (StatusCategory category : StatusCategory.values()) {
            if (category.name().equals(stored)) {
                return category;
            }
        }
        return StatusCategory.UNKNOWN;
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    private record KeyAt(int id, IssueKey key) {
    }
}
