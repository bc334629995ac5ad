package io.github.postmortems.confluence.report;

import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import io.github.postmortems.report.IndexQueue;
import io.github.postmortems.storage.MacroNames;

/**
 * Hands every page change to the {@link IndexQueue}, which indexes off the saving thread. Deciding whether a page is
 * a postmortem means parsing it, so here only the cheap check: does its storage name the details macro. Pages without
 * it are re-read only if they were indexed before. Spring calls {@link #register()} and {@link #unregister()}
 * (init- and destroy-method in {@code META-INF/spring/report-context.xml}).
 */
public class PageEventsListener {

    static final String DETAILS_MACRO = "ac:name=\"" + MacroNames.DETAILS + "\"";

    private final EventPublisher eventPublisher;
    private final IndexQueue queue;

    public PageEventsListener(EventPublisher eventPublisher, IndexQueue queue) {
        this.eventPublisher = eventPublisher;
        this.queue = queue;
    }

    public void register() {
        eventPublisher.register(this);
    }

    public void unregister() {
        eventPublisher.unregister(this);
    }

    @EventListener
    public void onCreated(PageCreateEvent event) {
        changed(event.getPage());
    }

    @EventListener
    public void onUpdated(PageUpdateEvent event) {
        changed(event.getPage());
    }

    /** A move may change the page's space. */
    @EventListener
    public void onMoved(PageMoveEvent event) {
        changed(event.getPage());
    }

    @EventListener
    public void onRestored(PageRestoreEvent event) {
        changed(event.getPage());
    }

    @EventListener
    public void onTrashed(PageTrashedEvent event) {
        queue.submit(event.getPage().getId(), IndexQueue.Work.FORGET);
    }

    /** Purged from the trash (or deleted outright). */
    @EventListener
    public void onRemoved(PageRemoveEvent event) {
        queue.submit(event.getPage().getId(), IndexQueue.Work.FORGET);
    }

    private void changed(Page page) {
        String storage = page.getBodyAsString();
        boolean mayHoldPostmortem = storage != null && storage.contains(DETAILS_MACRO);
        queue.submit(page.getId(), mayHoldPostmortem ? IndexQueue.Work.INDEX : IndexQueue.Work.INDEX_IF_KNOWN);
    }
}
