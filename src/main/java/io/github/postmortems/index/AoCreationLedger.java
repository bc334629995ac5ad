package io.github.postmortems.index;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.postmortems.jira.CreationLedger;
import io.github.postmortems.jira.RowRef;
import io.github.postmortems.postmortem.IssueKey;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link CreationLedger} in Active Objects. Each method is one transaction and hands out records, never entities.
 * <p>
 * Two nodes can only both believe they own a row if both write it; every write that grants a claim is one the database
 * refuses to do twice: inserting a row key (unique), or deleting the failed record with the attempt count just read
 * (a compare-and-set: of two such deletes only one finds the row). Call {@link #claim} outside any other transaction:
 * on PostgreSQL a refused insert spoils the transaction it ran in.
 */
public final class AoCreationLedger implements CreationLedger {

    private final ActiveObjects ao;

    public AoCreationLedger(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Claim claim(RowRef row, Instant now) {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(now, "now");
        try {
            return ao.executeInTransaction(() -> claimInTransaction(row, now));
        } catch (RuntimeException refused) {
            // The database refused our write because another node claimed the row first; anything else (no database,
            // say) leaves no record behind, and then the failure is the answer.
            Optional<Creation> other;
            try {
                other = of(row);
            } catch (RuntimeException unreadable) {
                unreadable.addSuppressed(refused);
                throw unreadable;
            }
            return other.map(AoCreationLedger::notGranted).orElseThrow(() -> refused);
        }
    }

    @Override
    public void created(RowRef row, IssueKey key, Instant now) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(now, "now");
        ao.executeInTransaction(() -> {
            IssueCreationEntity entity = find(row).orElseGet(() -> insert(row, State.CREATED, 1, now));
            if (State.WRITTEN_BACK.name().equals(entity.getState())) {
                return null;
            }
            entity.setState(State.CREATED.name());
            entity.setIssueKey(key.toString());
            entity.setLastError(null);
            entity.setUpdatedMillis(now.toEpochMilli());
            entity.save();
            return null;
        });
    }

    /** A failure reported after the issue was created changes nothing: releasing the row would invite a duplicate. */
    @Override
    public void failed(RowRef row, String reason, Instant now) {
        Objects.requireNonNull(now, "now");
        ao.executeInTransaction(() -> {
            IssueCreationEntity entity = find(row).orElseGet(() -> insert(row, State.FAILED, 1, now));
            State state = State.valueOf(entity.getState());
            if (state == State.CREATED || state == State.WRITTEN_BACK) {
                return null;
            }
            entity.setState(State.FAILED.name());
            entity.setLastError(Limits.fit(reason, Limits.ERROR));
            entity.setUpdatedMillis(now.toEpochMilli());
            entity.save();
            return null;
        });
    }

    @Override
    public void writtenBack(RowRef row, Instant now) {
        Objects.requireNonNull(now, "now");
        ao.executeInTransaction(() -> {
            IssueCreationEntity entity = find(row).orElseThrow(
                    () -> new IllegalStateException("no issue was created for row " + row.asKey()));
            State state = State.valueOf(entity.getState());
            if (state == State.WRITTEN_BACK) {
                return null;
            }
            if (state != State.CREATED) {
                throw new IllegalStateException("row " + row.asKey() + " has no issue key to write back: " + state);
            }
            entity.setState(State.WRITTEN_BACK.name());
            entity.setUpdatedMillis(now.toEpochMilli());
            entity.save();
            return null;
        });
    }

    @Override
    public Optional<Creation> of(RowRef row) {
        Objects.requireNonNull(row, "row");
        return ao.executeInTransaction(() -> find(row).map(AoCreationLedger::toRecord));
    }

    /** Claimed rows (possibly interrupted) and created rows whose key is not in the page yet. */
    @Override
    public List<Creation> unfinished(long pageId) {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(IssueCreationEntity.class, Query.select()
                        .where(IssueCreationEntity.PAGE_ID + " = ? AND " + IssueCreationEntity.STATE + " IN (?, ?)",
                                pageId, State.CLAIMED.name(), State.CREATED.name())
                        .order("ID")))
                .map(AoCreationLedger::toRecord)
                .toList());
    }

    private Claim claimInTransaction(RowRef row, Instant now) {
        Optional<IssueCreationEntity> existing = find(row);
        if (existing.isEmpty()) {
            insert(row, State.CLAIMED, 1, now);
            return new Claim.Granted(1);
        }
        Creation creation = toRecord(existing.get());
        if (creation.state() != State.FAILED) {
            return notGranted(creation);
        }
        int deleted = ao.deleteWithSQL(IssueCreationEntity.class,
                IssueCreationEntity.ROW_KEY + " = ? AND " + IssueCreationEntity.STATE + " = ? AND "
                        + IssueCreationEntity.ATTEMPTS + " = ?",
                row.asKey(), State.FAILED.name(), creation.attempts());
        if (deleted == 0) {
            // Another node retried the same failed row between our read and our delete.
            return find(row).map(AoCreationLedger::toRecord).map(AoCreationLedger::notGranted)
                    .orElseGet(() -> new Claim.Uncertain(now));
        }
        int attempt = creation.attempts() + 1;
        IssueCreationEntity claimed = insert(row, State.CLAIMED, attempt, now);
        claimed.setLastError(creation.lastError());
        claimed.save();
        return new Claim.Granted(attempt);
    }

    private static Claim notGranted(Creation creation) {
        return switch (creation.state()) {
            case CREATED, WRITTEN_BACK -> new Claim.Done(creation.key());
            case CLAIMED, FAILED -> new Claim.Uncertain(creation.updated());
        };
    }

    private IssueCreationEntity insert(RowRef row, State state, int attempts, Instant now) {
        return ao.create(IssueCreationEntity.class,
                new DBParam(IssueCreationEntity.ROW_KEY, row.asKey()),
                new DBParam(IssueCreationEntity.PAGE_ID, row.pageId()),
                new DBParam(IssueCreationEntity.STATE, state.name()),
                new DBParam(IssueCreationEntity.ATTEMPTS, attempts),
                new DBParam(IssueCreationEntity.UPDATED_MILLIS, now.toEpochMilli()));
    }

    private Optional<IssueCreationEntity> find(RowRef row) {
        IssueCreationEntity[] found = ao.find(IssueCreationEntity.class,
                Query.select().where(IssueCreationEntity.ROW_KEY + " = ?", row.asKey()));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    private static Creation toRecord(IssueCreationEntity entity) {
        IssueKey key = entity.getIssueKey() == null ? null : IssueKey.parse(entity.getIssueKey()).orElseThrow(
                () -> new IllegalStateException("not a Jira issue key in the ledger: " + entity.getIssueKey()));
        return new Creation(RowRef.fromKey(entity.getRowKey()), State.valueOf(entity.getState()), key,
                entity.getAttempts(), entity.getLastError(), Instant.ofEpochMilli(entity.getUpdatedMillis()));
    }
}
