package io.github.postmortems.jira.memory;

import io.github.postmortems.jira.Pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** {@link Pages} in memory, keeping every saved version and its comment. */
public final class InMemoryPages implements Pages {

    private final Map<Long, List<String>> versions = new HashMap<>();
    private final Map<Long, List<String>> comments = new HashMap<>();
    private final Map<Long, String> titles = new HashMap<>();

    public synchronized InMemoryPages page(long id, String title, String storage) {
        versions.computeIfAbsent(id, k -> new ArrayList<>()).add(storage);
        comments.computeIfAbsent(id, k -> new ArrayList<>()).add("");
        titles.put(id, title);
        return this;
    }

    @Override
    public synchronized Optional<PageContent> read(long pageId) {
        List<String> history = versions.get(pageId);
        if (history == null) {
            return Optional.empty();
        }
        return Optional.of(new PageContent(pageId, titles.get(pageId), "OPS", history.get(history.size() - 1),
                "https://wiki.example.com/pages/viewpage.action?pageId=" + pageId));
    }

    @Override
    public synchronized boolean update(long pageId, UnaryOperator<String> edit, String comment) {
        List<String> history = versions.get(pageId);
        String current = history.get(history.size() - 1);
        String next = edit.apply(current);
        if (next.equals(current)) {
            return false;
        }
        history.add(next);
        comments.get(pageId).add(comment);
        return true;
    }

    /** A person editing the page: a new version, as Confluence would save it. */
    public synchronized void edit(long pageId, UnaryOperator<String> change) {
        List<String> history = versions.get(pageId);
        history.add(change.apply(history.get(history.size() - 1)));
        comments.get(pageId).add("edited by a person");
    }

    public synchronized String storage(long pageId) {
        List<String> history = versions.get(pageId);
        return history.get(history.size() - 1);
    }

    public synchronized int versionCount(long pageId) {
        return versions.get(pageId).size();
    }

    public synchronized String lastComment(long pageId) {
        List<String> list = comments.get(pageId);
        return list.get(list.size() - 1);
    }
}
