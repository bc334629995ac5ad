package io.github.postmortems.digest.memory;

import io.github.postmortems.digest.DigestPeople;
import io.github.postmortems.digest.Recipient;
import io.github.postmortems.postmortem.UserRef;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Users by key and by username, with pages some may not view. */
public final class InMemoryPeople implements DigestPeople {

    private final Map<String, Recipient> byKey = new HashMap<>();
    private final Map<String, Recipient> byUsername = new HashMap<>();
    private final Set<String> hidden = new HashSet<>();
    private final Set<Long> failing = new HashSet<>();
    private final Map<String, List<String>> groups = new HashMap<>();

    /** A group and its members' usernames. */
    public InMemoryPeople group(String name, String... usernames) {
        groups.put(name, List.of(usernames));
        return this;
    }

    @Override
    public List<UserRef> membersOf(String group, int limit) {
        return groups.getOrDefault(group, List.of()).stream().limit(limit).<UserRef>map(UserRef.ByUsername::new)
                .toList();
    }

    public InMemoryPeople user(String key, String username, String name, String email, Locale locale) {
        Recipient recipient = new Recipient(key, name, email, locale);
        byKey.put(key, recipient);
        byUsername.put(username, recipient);
        return this;
    }

    /** The user may not view the page. */
    public InMemoryPeople hiding(String userKey, long pageId) {
        hidden.add(userKey + ":" + pageId);
        return this;
    }

    /** Asking about the page fails, as a host lookup can. */
    public InMemoryPeople failingOn(long pageId) {
        failing.add(pageId);
        return this;
    }

    @Override
    public Optional<Recipient> find(UserRef person) {
        if (person instanceof UserRef.ByKey key) {
            return Optional.ofNullable(byKey.get(key.userKey()));
        }
        if (person instanceof UserRef.ByUsername username) {
            return Optional.ofNullable(byUsername.get(username.username()));
        }
        return Optional.empty();
    }

    @Override
    public boolean mayView(String userKey, long pageId) {
        if (failing.contains(pageId)) {
            throw new IllegalStateException("permission lookup failed for page " + pageId);
        }
        return !hidden.contains(userKey + ":" + pageId);
    }
}
