package io.github.postmortems.index;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.postmortems.jira.CreationLedger;
import io.github.postmortems.jira.RowRef;
import io.github.postmortems.postmortem.IssueKey;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link CreationLedger} in Active Objects. Each method is one transaction and hands out records, never entities.
 * <p>
 * Two nodes can only both believe they own a row if both write it; every write is one the database refuses to do
 * twice: inserting a row key (unique), or replacing the entry just read, as a delete conditioned on its state,
 * attempt and time followed by an insert (a compare-and-set: of two such deletes only one finds the row; the
 * other's count is 0 and it changes nothing). AO offers no conditional update, hence delete and insert. Call the
 * writers outside any other transaction: on PostgreSQL a refused insert spoils the transaction it ran in.
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
        return granting(row, () -> ao.executeInTransaction(() -> claimInTransaction(row, now)));
    }

    @Override
    public Claim takeOver(RowRef row, int attempt, Instant staleBefore, Instant now) {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(staleBefore, "staleBefore");
        Objects.requireNonNull(now, "now");
        return granting(row, () -> ao.executeInTransaction(() -> {
            Optional<Creation> seen = find(row).map(AoCreationLedger::toRecord);
            if (seen.isEmpty() || seen.get().state() == State.FAILED) {
                return claimInTransaction(row, now);
            }
            Creation open = seen.get();
            if (open.state() != State.CLAIMED || open.attempts() != attempt || open.updated().isAfter(staleBefore)) {
                return notGranted(open);
            }
            if (!swap(open, State.CLAIMED, null, attempt + 1, open.lastError(), now)) {
                return reread(row, now);
            }
            return new Claim.Granted(attempt + 1);
        }));
    }

    @Override
    public boolean renew(RowRef row, int attempt, Instant now) {
        Objects.requireNonNull(now, "now");
        return ao.executeInTransaction(() -> {
            Optional<Creation> seen = find(row).map(AoCreationLedger::toRecord);
            return seen.isPresent() && seen.get().state() == State.CLAIMED && seen.get().attempts() == attempt
                    && swap(seen.get(), State.CLAIMED, null, attempt, seen.get().lastError(), now);
        });
    }

    @Override
    public IssueKey created(RowRef row, IssueKey key, Instant now) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(now, "now");
        // A lost compare-and-set means someone else wrote the row meanwhile: read it again and decide again.
        for (int round = 0; ; round++) {
            Optional<IssueKey> settled;
            try {
                settled = ao.executeInTransaction(() -> {
                    Optional<Creation> seen = find(row).map(AoCreationLedger::toRecord);
                    if (seen.isEmpty()) {
                        insert(row, State.CREATED, 1, key, null, now);
                        return Optional.of(key);
                    }
                    if (seen.get().key() != null) {
                        return Optional.of(seen.get().key());
                    }
                    return swap(seen.get(), State.CREATED, key, seen.get().attempts(), null, now)
                            ? Optional.of(key) : Optional.<IssueKey>empty();
                });
            } catch (RuntimeException refused) {
                if (round >= 2) {
                    throw refused;
                }
                continue;
            }
            if (settled.isPresent()) {
                return settled.get();
            }
            if (round >= 2) {
                throw new IllegalStateException("row " + row.asKey() + " kept changing while recording " + key);
            }
        }
    }

    /** A failure reported after the claim moved on (created, taken over) changes nothing. */
    @Override
    public boolean failed(RowRef row, int attempt, String reason, Instant now) {
        Objects.requireNonNull(now, "now");
        return ao.executeInTransaction(() -> {
            Optional<Creation> seen = find(row).map(AoCreationLedger::toRecord);
            return seen.isPresent() && seen.get().state() == State.CLAIMED && seen.get().attempts() == attempt
                    && swap(seen.get(), State.FAILED, null, attempt, Limits.fit(reason, Limits.ERROR), now);
        });
    }

    @Override
    public void writtenBack(RowRef row, IssueKey key, Instant now) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(now, "now");
        ao.executeInTransaction(() -> {
            Creation seen = find(row).map(AoCreationLedger::toRecord).orElseThrow(
                    () -> new IllegalStateException("no issue was created for row " + row.asKey()));
            if (seen.key() == null) {
                throw new IllegalStateException("row " + row.asKey() + " has no issue key to write back: "
                        + seen.state());
            }
            if (seen.state() == State.CREATED && seen.key().equals(key)) {
                swap(seen, State.WRITTEN_BACK, key, seen.attempts(), null, now);
            }
            return null;
        });
    }

    @Override
    public boolean released(RowRef row, IssueKey key, Instant now) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(now, "now");
        return ao.executeInTransaction(() -> {
            Optional<Creation> seen = find(row).map(AoCreationLedger::toRecord);
            return seen.isPresent() && key.equals(seen.get().key()) && seen.get().state() != State.RELEASED
                    && swap(seen.get(), State.RELEASED, key, seen.get().attempts(), null, now);
        });
    }

    @Override
    public boolean forgotten(RowRef row, IssueKey key, String reason, Instant now) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(now, "now");
        return ao.executeInTransaction(() -> {
            Optional<Creation> seen = find(row).map(AoCreationLedger::toRecord);
            return seen.isPresent() && key.equals(seen.get().key())
                    && swap(seen.get(), State.FAILED, null, seen.get().attempts(), Limits.fit(reason, Limits.ERROR),
                    now);
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

    @Override
    public List<Creation> all(long pageId) {
        return ao.executeInTransaction(() -> {
            List<Creation> entries = new ArrayList<>();
            // Bounded: a page has at most as many entries as rows it ever had; the table reader caps rows.
            for (IssueCreationEntity entity : ao.find(IssueCreationEntity.class, Query.select()
                    .where(IssueCreationEntity.PAGE_ID + " = ?", pageId).order("ID"))) {
                entries.add(toRecord(entity));
            }
            return entries;
        });
    }

    /** The database refused our insert because another node wrote the row first: answer what that node wrote. */
    private Claim granting(RowRef row, Supplier<Claim> write) {
        try {
            return write.get();
        } catch (RuntimeException refused) {
            // Anything else (no database, say) leaves no record behind, and then the failure is the answer.
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

    private Claim claimInTransaction(RowRef row, Instant now) {
        Optional<IssueCreationEntity> existing = find(row);
        if (existing.isEmpty()) {
            insert(row, State.CLAIMED, 1, null, null, now);
            return new Claim.Granted(1);
        }
        Creation creation = toRecord(existing.get());
        if (creation.state() != State.FAILED) {
            return notGranted(creation);
        }
        int attempt = creation.attempts() + 1;
        if (!swap(creation, State.CLAIMED, null, attempt, creation.lastError(), now)) {
            // Another node retried the same failed row between our read and our delete.
            return reread(row, now);
        }
        return new Claim.Granted(attempt);
    }

    private Claim reread(RowRef row, Instant now) {
        return find(row).map(AoCreationLedger::toRecord).map(AoCreationLedger::notGranted)
                .orElseGet(() -> new Claim.Uncertain(now, 0));
    }

    /**
     * Replaces the entry if it is still exactly what was {@code seen} (state, attempt and time): the compare-and-set
     * every transition goes through.
     */
    private boolean swap(Creation seen, State state, IssueKey key, int attempts, String lastError, Instant now) {
        int deleted = ao.deleteWithSQL(IssueCreationEntity.class,
                IssueCreationEntity.ROW_KEY + " = ? AND " + IssueCreationEntity.STATE + " = ? AND "
                        + IssueCreationEntity.ATTEMPTS + " = ? AND " + IssueCreationEntity.UPDATED_MILLIS + " = ?",
                seen.row().asKey(), seen.state().name(), seen.attempts(), seen.updated().toEpochMilli());
        if (deleted == 0) {
            return false;
        }
        insert(seen.row(), state, attempts, key, lastError, now);
        return true;
    }

    private static Claim notGranted(Creation creation) {
        return switch (creation.state()) {
            case CREATED, WRITTEN_BACK, RELEASED -> new Claim.Done(creation.key());
            case CLAIMED, FAILED -> new Claim.Uncertain(creation.updated(), creation.attempts());
        };
    }

    private IssueCreationEntity insert(RowRef row, State state, int attempts, IssueKey key, String lastError,
                                       Instant now) {
        List<DBParam> params = new ArrayList<>(List.of(
                new DBParam(IssueCreationEntity.ROW_KEY, row.asKey()),
                new DBParam(IssueCreationEntity.PAGE_ID, row.pageId()),
                new DBParam(IssueCreationEntity.STATE, state.name()),
                new DBParam(IssueCreationEntity.ATTEMPTS, attempts),
                new DBParam(IssueCreationEntity.UPDATED_MILLIS, now.toEpochMilli())));
        if (key != null) {
            params.add(new DBParam(IssueCreationEntity.ISSUE_KEY, key.toString()));
        }
        if (lastError != null) {
            params.add(new DBParam(IssueCreationEntity.LAST_ERROR, lastError));
        }
        return ao.create(IssueCreationEntity.class, params.toArray(new DBParam[0]));
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
