package io.github.postmortems.index;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.postmortems.automation.IncidentPages;
import io.github.postmortems.postmortem.IssueKey;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * {@link IncidentPages} in Active Objects. Each method is one transaction and hands out records, never entities.
 * Every write is one the database does once only: inserting a claim key (unique), or deleting exactly the entry that
 * was read (its page id and claim time in the condition) before inserting its successor. Call outside any other
 * transaction: on PostgreSQL a refused insert spoils the transaction it ran in.
 */
public final class AoIncidentPages implements IncidentPages {

    private final ActiveObjects ao;

    public AoIncidentPages(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    private record Entry(long pageId, Instant claimedAt) {
    }

    @Override
    public Claim claim(String spaceKey, IssueKey incident, Instant staleBefore, Instant now) {
        return claimUnlessHeld(spaceKey, incident, now,
                entry -> entry.pageId() == 0 && entry.claimedAt().isBefore(staleBefore));
    }

    @Override
    public Claim replace(String spaceKey, IssueKey incident, long goneId, Instant now) {
        return claimUnlessHeld(spaceKey, incident, now, entry -> entry.pageId() == goneId);
    }

    /** A new claim where there is none, or in place of one {@code replaceable} says nobody holds any more. */
    private Claim claimUnlessHeld(String spaceKey, IssueKey incident, Instant now, Predicate<Entry> replaceable) {
        String claimKey = claimKey(spaceKey, incident);
        return granting(claimKey, () -> ao.executeInTransaction(() -> {
            Optional<Entry> seen = find(claimKey);
            if (seen.isEmpty()) {
                insert(claimKey, spaceKey, incident, now);
                return new Claim.Granted(now);
            }
            Entry entry = seen.get();
            if (!replaceable.test(entry)) {
                return notGranted(entry);
            }
            return swap(claimKey, spaceKey, incident, entry, now) ? new Claim.Granted(now) : reread(claimKey);
        }));
    }

    @Override
    public void created(String spaceKey, IssueKey incident, Instant claimedAt, long pageId) {
        String claimKey = claimKey(spaceKey, incident);
        ao.executeInTransaction(() -> {
            IncidentPageEntity[] found = ao.find(IncidentPageEntity.class, Query.select().where(
                    IncidentPageEntity.CLAIM_KEY + " = ? AND " + IncidentPageEntity.PAGE_ID + " = 0 AND "
                            + IncidentPageEntity.CLAIMED_MILLIS + " = ?", claimKey, claimedAt.toEpochMilli()));
            if (found.length != 1) {
                throw new IllegalStateException("the claim of " + incident + " in " + spaceKey
                        + " was taken over before its page " + pageId + " was recorded");
            }
            found[0].setPageId(pageId);
            found[0].save();
            return null;
        });
    }

    @Override
    public void released(String spaceKey, IssueKey incident, Instant claimedAt) {
        String claimKey = claimKey(spaceKey, incident);
        ao.executeInTransaction(() -> ao.deleteWithSQL(IncidentPageEntity.class,
                IncidentPageEntity.CLAIM_KEY + " = ? AND " + IncidentPageEntity.PAGE_ID + " = 0 AND "
                        + IncidentPageEntity.CLAIMED_MILLIS + " = ?", claimKey, claimedAt.toEpochMilli()));
    }

    /** The database refused our insert because another call wrote the entry first: answer what it wrote. */
    private Claim granting(String claimKey, Supplier<Claim> write) {
        try {
            return write.get();
        } catch (RuntimeException refused) {
            Optional<Entry> other;
            try {
                other = ao.executeInTransaction(() -> find(claimKey));
            } catch (RuntimeException unreadable) {
                unreadable.addSuppressed(refused);
                throw unreadable;
            }
            return other.map(AoIncidentPages::notGranted).orElseThrow(() -> refused);
        }
    }

    private Claim reread(String claimKey) {
        return find(claimKey).map(AoIncidentPages::notGranted).orElseGet(() -> new Claim.InProgress(Instant.EPOCH));
    }

    private static Claim notGranted(Entry entry) {
        return entry.pageId() == 0 ? new Claim.InProgress(entry.claimedAt()) : new Claim.Existing(entry.pageId());
    }

    /** Replaces the entry if it is still exactly what was read: a compare-and-set (AO has no conditional update). */
    private boolean swap(String claimKey, String spaceKey, IssueKey incident, Entry seen, Instant now) {
        int deleted = ao.deleteWithSQL(IncidentPageEntity.class,
                IncidentPageEntity.CLAIM_KEY + " = ? AND " + IncidentPageEntity.PAGE_ID + " = ? AND "
                        + IncidentPageEntity.CLAIMED_MILLIS + " = ?",
                claimKey, seen.pageId(), seen.claimedAt().toEpochMilli());
        if (deleted == 0) {
            return false;
        }
        insert(claimKey, spaceKey, incident, now);
        return true;
    }

    private Optional<Entry> find(String claimKey) {
        IncidentPageEntity[] found = ao.find(IncidentPageEntity.class,
                Query.select().where(IncidentPageEntity.CLAIM_KEY + " = ?", claimKey));
        return found.length == 0 ? Optional.empty()
                : Optional.of(new Entry(found[0].getPageId(), Instant.ofEpochMilli(found[0].getClaimedMillis())));
    }

    private void insert(String claimKey, String spaceKey, IssueKey incident, Instant now) {
        ao.create(IncidentPageEntity.class,
                new DBParam(IncidentPageEntity.CLAIM_KEY, claimKey),
                new DBParam(IncidentPageEntity.SPACE_KEY, Limits.fit(spaceKey, Limits.NAME)),
                new DBParam(IncidentPageEntity.INCIDENT_KEY, Limits.fit(incident.toString(), Limits.ISSUE_KEY)),
                new DBParam(IncidentPageEntity.PAGE_ID, 0L),
                new DBParam(IncidentPageEntity.CLAIMED_MILLIS, now.toEpochMilli()));
    }

    static String claimKey(String spaceKey, IssueKey incident) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (spaceKey + "\n" + incident).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
