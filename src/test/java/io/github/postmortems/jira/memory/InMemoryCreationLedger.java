package io.github.postmortems.jira.memory;

import io.github.postmortems.jira.CreationLedger;
import io.github.postmortems.jira.RowRef;
import io.github.postmortems.postmortem.IssueKey;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link CreationLedger} in a map with the store's semantics (one open claim per row), for tests of its users. */
public final class InMemoryCreationLedger implements CreationLedger {

    private final Map<RowRef, Creation> rows = new HashMap<>();

    @Override
    public synchronized Claim claim(RowRef row, Instant now) {
        Creation known = rows.get(row);
        if (known == null || known.state() == State.FAILED) {
            int attempt = known == null ? 1 : known.attempts() + 1;
            rows.put(row, new Creation(row, State.CLAIMED, null, attempt, known == null ? null : known.lastError(), now));
            return new Claim.Granted(attempt);
        }
        return switch (known.state()) {
            case CLAIMED -> new Claim.Uncertain(known.updated());
            case CREATED, WRITTEN_BACK -> new Claim.Done(known.key());
            case FAILED -> throw new IllegalStateException("handled above");
        };
    }

    @Override
    public synchronized void created(RowRef row, IssueKey key, Instant now) {
        Creation known = rows.get(row);
        rows.put(row, new Creation(row, State.CREATED, key, known == null ? 1 : known.attempts(), null, now));
    }

    @Override
    public synchronized void failed(RowRef row, String reason, Instant now) {
        Creation known = rows.get(row);
        rows.put(row, new Creation(row, State.FAILED, null, known == null ? 1 : known.attempts(), reason, now));
    }

    @Override
    public synchronized void writtenBack(RowRef row, Instant now) {
        Creation known = rows.get(row);
        if (known != null && known.key() != null) {
            rows.put(row, new Creation(row, State.WRITTEN_BACK, known.key(), known.attempts(), null, now));
        }
    }

    @Override
    public synchronized Optional<Creation> of(RowRef row) {
        return Optional.ofNullable(rows.get(row));
    }

    @Override
    public synchronized List<Creation> unfinished(long pageId) {
        return rows.values().stream().filter(c -> c.row().pageId() == pageId && c.state() != State.WRITTEN_BACK)
                .toList();
    }
}
