package io.github.postmortems.digest.memory;

import io.github.postmortems.digest.DigestOptOuts;
import io.github.postmortems.digest.DigestSettings;
import io.github.postmortems.digest.DigestSettingsStore;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The digest's site settings, sent weeks and opt-outs, kept in memory. */
public final class InMemoryDigestSettings implements DigestSettingsStore, DigestOptOuts {

    private DigestSettings settings = DigestSettings.defaults();
    private String lastWeek;
    private final Set<String> stopped = new HashSet<>();

    @Override
    public DigestSettings load() {
        return settings;
    }

    @Override
    public void save(DigestSettings settings) {
        this.settings = settings;
    }

    @Override
    public Optional<String> lastWeek() {
        return Optional.ofNullable(lastWeek);
    }

    @Override
    public void sentWeek(String week) {
        lastWeek = week;
    }

    @Override
    public boolean stopped(String userKey) {
        return stopped.contains(userKey);
    }

    @Override
    public void stop(String userKey) {
        stopped.add(userKey);
    }

    @Override
    public void resume(String userKey) {
        stopped.remove(userKey);
    }
}
