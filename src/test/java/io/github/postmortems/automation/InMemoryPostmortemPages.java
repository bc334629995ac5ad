package io.github.postmortems.automation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Spaces and pages in memory: what each caller may do per space, and every page created, with its storage. */
public final class InMemoryPostmortemPages implements PostmortemPages {

    public static final String BASE_URL = "https://confluence.example.com";

    /** A page as created: where, titled what, with what storage. */
    public record Created(long id, String spaceKey, String title, String storage) {
    }

    private final Map<String, SpaceAccess> access = new HashMap<>();
    private final List<Created> created = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong(1000);
    private final List<Long> gone = new ArrayList<>();
    private final List<Long> restricted = new ArrayList<>();
    private RuntimeException failure;

    public InMemoryPostmortemPages space(String spaceKey, SpaceAccess what) {
        access.put(spaceKey, what);
        return this;
    }

    /** The next create throws this (once). */
    public synchronized void failNextCreate(RuntimeException failure) {
        this.failure = failure;
    }

    /** A page trashed or purged since. */
    public synchronized void trash(long pageId) {
        gone.add(pageId);
    }

    /** A page restricted since, so that no later caller may view it. */
    public synchronized void restrict(long pageId) {
        restricted.add(pageId);
    }

    public synchronized List<Created> created() {
        return List.copyOf(created);
    }

    @Override
    public synchronized SpaceAccess access(String spaceKey) {
        return access.getOrDefault(spaceKey, SpaceAccess.UNKNOWN);
    }

    @Override
    public synchronized Optional<PageRef> current(long pageId) {
        return created.stream().filter(page -> page.id() == pageId && !gone.contains(pageId)).findFirst()
                .map(page -> ref(page.id()));
    }

    @Override
    public synchronized boolean mayView(long pageId) {
        return current(pageId).isPresent() && !restricted.contains(pageId);
    }

    @Override
    public synchronized PageRef create(String spaceKey, List<String> titles, String storage) {
        if (failure != null) {
            RuntimeException thrown = failure;
            failure = null;
            throw thrown;
        }
        String title = titles.stream().filter(candidate -> created.stream().noneMatch(
                        page -> page.spaceKey().equals(spaceKey) && page.title().equals(candidate)))
                .findFirst().orElseThrow(() -> new IllegalStateException("every title is in use: " + titles));
        Created page = new Created(ids.incrementAndGet(), spaceKey, title, storage);
        created.add(page);
        return ref(page.id());
    }

    public static PageRef ref(long id) {
        return new PageRef(id, BASE_URL + "/pages/viewpage.action?pageId=" + id);
    }
}
