package io.github.postmortems.jira.memory;

import io.github.postmortems.jira.CreationLedger;
import io.github.postmortems.jira.RowRef;
import io.github.postmortems.postmortem.IssueKey;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link CreationLedger} in a map, for tests of its users that do not race: the same transitions and fences as the
 * store, settled by a lock. The fault runs use the real store (AoCreationLedger) instead.
 */
public final class InMemoryCreationLedger implements CreationLedger {

    private final Map<RowRef, Creation> rows = new LinkedHashMap<>();

    @Override
    public synchronized Claim claim(RowRef row, Instant now) {
        Creation known = rows.get(row);
        if (known == null || known.state() == State.FAILED) {
            int attempt = known == null ? 1 : known.attempts() + 1;
            put(row, State.CLAIMED, null, attempt, known == null ? null : known.lastError(), now);
            return new Claim.Granted(attempt);
        }
        return notGranted(known);
    }

    @Override
    public synchronized Claim takeOver(RowRef row, int attempt, Instant staleBefore, Instant now) {
        Creation known = rows.get(row);
        if (known == null || known.state() == State.FAILED) {
            return claim(row, now);
        }
        if (known.state() != State.CLAIMED || known.attempts() != attempt || known.updated().isAfter(staleBefore)) {
            return notGranted(known);
        }
        put(row, State.CLAIMED, null, attempt + 1, known.lastError(), now);
        return new Claim.Granted(attempt + 1);
    }

    @Override
    public synchronized boolean renew(RowRef row, int attempt, Instant now) {
        Creation known = rows.get(row);
        if (known == null || known.state() != State.CLAIMED || known.attempts() != attempt) {
            return false;
        }
        put(row, State.CLAIMED, null, attempt, known.lastError(), now);
        return true;
    }

    @Override
    public synchronized IssueKey created(RowRef row, IssueKey key, Instant now) {
        Creation known = rows.get(row);
        if (known != null && known.key() != null) {
            return known.key();
        }
        put(row, State.CREATED, key, known == null ? 1 : known.attempts(), null, now);
        return key;
    }

    @Override
    public synchronized boolean failed(RowRef row, int attempt, String reason, Instant now) {
        Creation known = rows.get(row);
        if (known == null || known.state() != State.CLAIMED || known.attempts() != attempt) {
            return false;
        }
        put(row, State.FAILED, null, attempt, reason, now);
        return true;
    }

    @Override
    public synchronized void writtenBack(RowRef row, IssueKey key, Instant now) {
        Creation known = rows.get(row);
        if (known == null || known.key() == null) {
            throw new IllegalStateException("no issue was created for row " + row.asKey());
        }
        if (known.state() == State.CREATED && known.key().equals(key)) {
            put(row, State.WRITTEN_BACK, key, known.attempts(), null, now);
        }
    }

    @Override
    public synchronized boolean released(RowRef row, IssueKey key, Instant now) {
        Creation known = rows.get(row);
        if (known == null || !key.equals(known.key()) || known.state() == State.RELEASED) {
            return false;
        }
        put(row, State.RELEASED, key, known.attempts(), null, now);
        return true;
    }

    @Override
    public synchronized boolean forgotten(RowRef row, IssueKey key, String reason, Instant now) {
        Creation known = rows.get(row);
        if (known == null || !key.equals(known.key())) {
            return false;
        }
        put(row, State.FAILED, null, known.attempts(), reason, now);
        return true;
    }

    @Override
    public synchronized Optional<Creation> of(RowRef row) {
        return Optional.ofNullable(rows.get(row));
    }

    @Override
    public synchronized List<Creation> unfinished(long pageId) {
        return rows.values().stream().filter(c -> c.row().pageId() == pageId
                && (c.state() == State.CLAIMED || c.state() == State.CREATED)).toList();
    }

    @Override
    public synchronized List<Creation> all(long pageId) {
        return rows.values().stream().filter(c -> c.row().pageId() == pageId).toList();
    }

    private void put(RowRef row, State state, IssueKey key, int attempts, String error, Instant now) {
        rows.remove(row);
        rows.put(row, new Creation(row, state, key, attempts, error, now));
    }

    private static Claim notGranted(Creation known) {
        return switch (known.state()) {
            case CLAIMED, FAILED -> new Claim.Uncertain(known.updated(), known.attempts());
            case CREATED, WRITTEN_BACK, RELEASED -> new Claim.Done(known.key());
        };
    }
}
