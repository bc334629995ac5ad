package io.github.postmortems.confluence.report;

import io.github.postmortems.confluence.HostPages;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import io.github.postmortems.jira.memory.InMemoryPages;
import io.github.postmortems.jira.memory.FixedSettings;
import io.github.postmortems.jira.memory.InMemoryTrackedIssues;
import io.github.postmortems.report.IndexPostmortemPage;
import io.github.postmortems.report.IndexQueue;
import io.github.postmortems.report.IndexTransactions;
import io.github.postmortems.report.memory.InMemoryPostmortemIndex;
import io.github.postmortems.storage.StorageReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class PageEventsListenerTest {

    private static final String POSTMORTEM = sample("full-page.xml");
    private static final long WAIT = 5_000;

    private final EventPublisher publisher = mock(EventPublisher.class);
    private final InMemoryPages pages = new InMemoryPages();
    private final InMemoryPostmortemIndex index = new InMemoryPostmortemIndex();
    private final IndexPostmortemPage indexer = new IndexPostmortemPage(pages, new StorageReader(),
            new InMemoryTrackedIssues(), index, FixedSettings.project("OPS"), Clock.systemUTC());
    private final IndexQueue queue = new IndexQueue(indexer, index, IndexTransactions.direct(), 0, 100, 3, 1);
    private final PageEventsListener listener = new PageEventsListener(publisher, queue);

    PageEventsListenerTest() {
        queue.start();
    }

    @AfterEach
    void stop() {
        queue.stop();
    }

    @Test
    void registersWithTheEventPublisherAndLeavesOnDestroy() {
        listener.register();
        verify(publisher).register(listener);
        listener.unregister();
        verify(publisher).unregister(listener);
    }

    @Test
    void listensToTheSixPageEvents() {
        Set<Class<?>> heard = Arrays.stream(PageEventsListener.class.getMethods())
                .filter(method -> method.isAnnotationPresent(EventListener.class))
                .map(Method::getParameterTypes).map(types -> types[0]).collect(Collectors.toSet());

        assertEquals(Set.of(PageCreateEvent.class, PageUpdateEvent.class, PageMoveEvent.class,
                PageRestoreEvent.class, PageTrashedEvent.class, PageRemoveEvent.class), heard);
    }

    @Test
    void aCreatedPostmortemIsIndexed() throws InterruptedException {
        indexedAfter(1, PageCreateEvent.class, listener::onCreated);
    }

    @Test
    void anUpdatedPostmortemIsIndexed() throws InterruptedException {
        indexedAfter(2, PageUpdateEvent.class, listener::onUpdated);
    }

    @Test
    void aMovedPostmortemIsIndexed() throws InterruptedException {
        indexedAfter(3, PageMoveEvent.class, listener::onMoved);
    }

    @Test
    void aRestoredPostmortemIsIndexed() throws InterruptedException {
        indexedAfter(4, PageRestoreEvent.class, listener::onRestored);
    }

    @Test
    void aPageWithoutTheDetailsMacroIsOnlyReadIfItWasIndexedBefore() throws InterruptedException {
        pages.page(5, "Lunch", POSTMORTEM);
        pages.page(6, "Was a postmortem", POSTMORTEM);
        indexer.index(6);
        pages.page(6, "Was a postmortem", "<p>nothing left</p>");

        listener.onUpdated(event(PageUpdateEvent.class, 5, "<p>Team lunch notes</p>"));
        listener.onUpdated(event(PageUpdateEvent.class, 6, "<p>nothing left</p>"));

        assertTrue(queue.awaitIdle(WAIT));
        assertFalse(index.byPage(5).isPresent(), "the storage the event carried has no details macro");
        assertFalse(index.byPage(6).isPresent(), "its entry went with its macro");
    }

    @Test
    void aTrashedPostmortemLeavesTheIndex() throws InterruptedException {
        forgottenAfter(7, PageTrashedEvent.class, listener::onTrashed);
    }

    @Test
    void aPurgedPostmortemLeavesTheIndex() throws InterruptedException {
        forgottenAfter(8, PageRemoveEvent.class, listener::onRemoved);
    }

    private <E extends PageEvent> void indexedAfter(long id, Class<E> type, Consumer<E> handler)
            throws InterruptedException {
        pages.page(id, "Postmortem " + id, POSTMORTEM);

        handler.accept(event(type, id, POSTMORTEM));

        assertTrue(queue.awaitIdle(WAIT));
        assertTrue(index.byPage(id).isPresent());
    }

    private <E extends PageEvent> void forgottenAfter(long id, Class<E> type, Consumer<E> handler)
            throws InterruptedException {
        pages.page(id, "Postmortem " + id, POSTMORTEM);
        indexer.index(id);

        handler.accept(event(type, id, POSTMORTEM));

        assertTrue(queue.awaitIdle(WAIT));
        assertFalse(index.byPage(id).isPresent());
    }

    private static <E extends PageEvent> E event(Class<E> type, long id, String storage) {
        Page page = HostPages.current();
        when(page.getId()).thenReturn(id);
        when(page.getBodyAsString()).thenReturn(storage);
        E event = mock(type);
        when(event.getPage()).thenReturn(page);
        return event;
    }

    private static String sample(String name) {
        try (InputStream in = PageEventsListenerTest.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
