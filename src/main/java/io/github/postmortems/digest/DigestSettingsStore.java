package io.github.postmortems.digest;

import java.util.Optional;

/**
 * Where the digest's site settings live, and the last week it went out: the job claims a week before sending, so a
 * second run that week (a retry, another node after a restart) sends nothing twice.
 */
public interface DigestSettingsStore {

    /** The saved settings; {@link DigestSettings#defaults()} until saved or when what is stored cannot be read. */
    DigestSettings load();

    void save(DigestSettings settings);

    /** The ISO week ({@code 2026-W49}) the digest last went out; empty before the first. */
    Optional<String> lastWeek();

    void sentWeek(String week);
}
