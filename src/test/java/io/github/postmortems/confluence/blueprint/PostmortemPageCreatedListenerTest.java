package io.github.postmortems.confluence.blueprint;

import io.github.postmortems.confluence.HostPages;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.ModuleCompleteKey;
import io.github.postmortems.incident.DraftedRowMemory;
import io.github.postmortems.postmortem.CreationLog;
import io.github.postmortems.postmortem.UserRef;
import org.junit.jupiter.api.Test;

import io.github.postmortems.blueprint.ContextProviderFixtures;
import io.github.postmortems.blueprint.DraftedPrints;
import io.github.postmortems.blueprint.DraftedRows;
import io.github.postmortems.blueprint.PostmortemPage;
import io.github.postmortems.blueprint.TemplateRendering;
import io.github.postmortems.index.AoDraftedRows;
import io.github.postmortems.index.testing.TestDatabase;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.text.BundleMessages;
import io.github.postmortems.timeline.EntryKind;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class PostmortemPageCreatedListenerTest {

    private final EventPublisher publisher = mock(EventPublisher.class);
    private final CreationLog log = mock(CreationLog.class);
    private static final String PRINT_A = "0123456789abcdef0123456789abcdef";
    private static final String PRINT_B = "fedcba9876543210fedcba9876543210";

    private final PostmortemPageCreatedListener listener = new PostmortemPageCreatedListener(publisher, log, DraftedRowMemory.NONE);

    @Test
    void registersWithTheEventPublisherAndLeavesOnDestroy() {
        listener.register();
        verify(publisher).register(listener);
        listener.unregister();
        verify(publisher).unregister(listener);
    }

    @Test
    void recordsWhoCreatedAPostmortemPage() {
        listener.onBlueprintPageCreated(event("io.github.postmortems.confluence", "blueprint-postmortem", "jdoe"));
        verify(log).pageCreated(4242L, new UserRef.ByUsername("jdoe"));
    }

    @Test
    void remembersTheDraftedRowsTheContextCarriesUnderTheNewPagesId() {
        AoDraftedRows memory = new AoDraftedRows(TestDatabase.h2().emptied());
        PostmortemPageCreatedListener remembering = new PostmortemPageCreatedListener(publisher, log, memory);
        Map<String, String> prints = Map.of("change:1:status", PRINT_A, "link:OPS-9", PRINT_B);
        BlueprintPageCreateEvent event = event("io.github.postmortems.confluence", "blueprint-postmortem", "jdoe");
        when(event.getContext()).thenReturn(Map.of(DraftedPrints.CONTEXT_KEY, DraftedPrints.encode(prints)));
        when(event.getPage().getBodyAsString()).thenReturn(draftedPage());

        remembering.onBlueprintPageCreated(event);

        assertEquals(Set.of(PRINT_A, PRINT_B), memory.prints(4242L), "the context's prints, not the page's");
    }

    /** Confluence may carry only part of the context through the editor's draft: the page's lozenged rows then. */
    @Test
    void remembersThePublishedPagesLozengedRowsWhenTheContextLacksThePrints() {
        AoDraftedRows memory = new AoDraftedRows(TestDatabase.h2().emptied());
        PostmortemPageCreatedListener remembering = new PostmortemPageCreatedListener(publisher, log, memory);
        BlueprintPageCreateEvent event = event("io.github.postmortems.confluence", "blueprint-postmortem", "jdoe");
        when(event.getContext()).thenReturn(Map.of("incidentTitle", "Checkout down"));
        when(event.getPage().getBodyAsString()).thenReturn(draftedPage());

        remembering.onBlueprintPageCreated(event);

        assertEquals(Set.copyOf(DraftedPrints.ofPage(draftedPage()).values()), memory.prints(4242L));
        assertEquals(2, memory.prints(4242L).size());
    }

    @Test
    void remembersNothingForAPageWithoutDraftedRowsOrWithoutAContext() {
        AoDraftedRows memory = new AoDraftedRows(TestDatabase.h2().emptied());
        PostmortemPageCreatedListener remembering = new PostmortemPageCreatedListener(publisher, log, memory);
        BlueprintPageCreateEvent event = event("io.github.postmortems.confluence", "blueprint-postmortem", "jdoe");
        when(event.getPage().getBodyAsString()).thenReturn(null);

        remembering.onBlueprintPageCreated(event);

        assertEquals(Set.of(), memory.prints(4242L));
        verify(log).pageCreated(4242L, new UserRef.ByUsername("jdoe"));
    }

    private static String draftedPage() {
        return TemplateRendering.render(PostmortemPage.variables(ContextProviderFixtures.sample(), Optional.empty(),
                BundleMessages.english(), List.of(new DraftedRows.Chosen(DraftedRows.Kind.TIMELINE, "change:1:status",
                        Optional.of(Instant.parse("2026-11-28T09:05:00Z")), "Status changed to Investigating",
                        EntryKind.DETECT, Optional.empty(), Optional.empty()),
                        new DraftedRows.Chosen(DraftedRows.Kind.COUNTERMEASURE, "link:OPS-9", Optional.empty(),
                                "Add an index to orders", EntryKind.OTHER, Optional.empty(),
                                IssueKey.parse("OPS-9")))));
    }

    @Test
    void ignoresPagesFromOtherBlueprints() {
        listener.onBlueprintPageCreated(event("com.atlassian.confluence.plugins.confluence-business-blueprints",
                "meeting-notes-blueprint", "jdoe"));
        listener.onBlueprintPageCreated(event("com.example.other", "blueprint-postmortem", "jdoe"));
        verify(log, never()).pageCreated(anyLong(), any());
    }

    @Test
    void isFoundByTheHostThroughARuntimeAnnotation() throws Exception {
        EventListener annotation = PostmortemPageCreatedListener.class
                .getMethod("onBlueprintPageCreated", BlueprintPageCreateEvent.class)
                .getAnnotation(EventListener.class);
        assertNotNull(annotation);
        assertEquals(RetentionPolicy.RUNTIME, EventListener.class.getAnnotation(Retention.class).value());
    }

    @SuppressWarnings("deprecation")
    private static BlueprintPageCreateEvent event(String pluginKey, String moduleKey, String username) {
        BlueprintPageCreateEvent event = mock(BlueprintPageCreateEvent.class);
        Page page = HostPages.current();
        ConfluenceUser creator = mock(ConfluenceUser.class);
        when(page.getId()).thenReturn(4242L);
        when(creator.getName()).thenReturn(username);
        when(event.getBlueprintKey()).thenReturn(new ModuleCompleteKey(pluginKey, moduleKey));
        when(event.getPage()).thenReturn(page);
        when(event.getCreator()).thenReturn(creator);
        return event;
    }
}
