package io.github.postmortems.automation;

import io.github.postmortems.postmortem.IssueKey;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** {@link IncidentPages} in memory, with the same rules as the Active Objects one (which its own tests check). */
public final class InMemoryIncidentPages implements IncidentPages {

    private record Entry(long pageId, Instant claimedAt) {
    }

    private final Map<String, Entry> entries = new HashMap<>();

    private static String key(String spaceKey, IssueKey incident) {
        return spaceKey + "\n" + incident;
    }

    public synchronized int size() {
        return entries.size();
    }

    @Override
    public synchronized Claim claim(String spaceKey, IssueKey incident, Instant staleBefore, Instant now) {
        Entry entry = entries.get(key(spaceKey, incident));
        if (entry == null || entry.pageId() == 0 && entry.claimedAt().isBefore(staleBefore)) {
            entries.put(key(spaceKey, incident), new Entry(0, now));
            return new Claim.Granted(now);
        }
        return notGranted(entry);
    }

    @Override
    public synchronized Claim replace(String spaceKey, IssueKey incident, long goneId, Instant now) {
        Entry entry = entries.get(key(spaceKey, incident));
        if (entry == null || entry.pageId() == goneId) {
            entries.put(key(spaceKey, incident), new Entry(0, now));
            return new Claim.Granted(now);
        }
        return notGranted(entry);
    }

    @Override
    public synchronized void created(String spaceKey, IssueKey incident, Instant claimedAt, long pageId) {
        Entry entry = entries.get(key(spaceKey, incident));
        if (entry == null || entry.pageId() != 0 || !entry.claimedAt().equals(claimedAt)) {
            throw new IllegalStateException("claim taken over");
        }
        entries.put(key(spaceKey, incident), new Entry(pageId, claimedAt));
    }

    @Override
    public synchronized void released(String spaceKey, IssueKey incident, Instant claimedAt) {
        entries.remove(key(spaceKey, incident), new Entry(0, claimedAt));
    }

    private static Claim notGranted(Entry entry) {
        return entry.pageId() == 0 ? new Claim.InProgress(entry.claimedAt()) : new Claim.Existing(entry.pageId());
    }
}
