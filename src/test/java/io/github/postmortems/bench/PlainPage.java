package io.github.postmortems.bench;

import com.atlassian.confluence.core.ContentEntityObject;

/** The page a benchmark's view renders, as a plain object: a mock's bookkeeping per call is not the macros' work. */
final class PlainPage extends ContentEntityObject {

    private final String storage;

    PlainPage(String storage) {
        this.storage = storage;
    }

    @Override
    public long getId() {
        return 98_305L;
    }

    @Override
    public String getTitle() {
        return "Postmortem: sample page";
    }

    @Override
    public String getBodyAsString() {
        return storage;
    }

    @Override
    public int getVersion() {
        return 3;
    }

    @Override
    public boolean isCurrent() {
        return true;
    }

    @Override
    public boolean isLatestVersion() {
        return true;
    }
}
