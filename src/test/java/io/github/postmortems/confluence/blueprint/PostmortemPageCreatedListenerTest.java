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

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

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
