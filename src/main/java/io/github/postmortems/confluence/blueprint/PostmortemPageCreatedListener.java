package io.github.postmortems.confluence.blueprint;

import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.ModuleCompleteKey;
import io.github.postmortems.blueprint.DraftedPrints;
import io.github.postmortems.incident.DraftedRowMemory;
import io.github.postmortems.postmortem.CreationLog;
import io.github.postmortems.postmortem.UserRef;

import java.util.Map;

/**
 * Tells the {@link CreationLog} about every page our postmortem blueprint creates, and remembers the rows drafted into
 * it from the incident ({@link DraftedRowMemory}): the fingerprints the context provider put into the blueprint
 * context, or, when the event's context lacks them, the lozenged rows of the page as first published. The blueprint opens the editor
 * ({@code create-result="edit"}), so the event comes when the draft is published; a draft left unpublished is no
 * page. Spring calls {@link #register()} and {@link #unregister()} (init- and destroy-method in
 * {@code META-INF/spring/blueprint-context.xml}).
 */
public class PostmortemPageCreatedListener {

    public static final String PLUGIN_KEY = "io.github.postmortems.confluence";
    public static final String BLUEPRINT_MODULE_KEY = "blueprint-postmortem";

    private final EventPublisher eventPublisher;
    private final CreationLog creationLog;
    private final DraftedRowMemory drafted;

    public PostmortemPageCreatedListener(EventPublisher eventPublisher, CreationLog creationLog,
                                         DraftedRowMemory drafted) {
        this.eventPublisher = eventPublisher;
        this.creationLog = creationLog;
        this.drafted = drafted;
    }

    public void register() {
        eventPublisher.register(this);
    }

    public void unregister() {
        eventPublisher.unregister(this);
    }

    @EventListener
    @SuppressWarnings("deprecation") // getBlueprintKey() is the accessor outside the create-content impl package
    public void onBlueprintPageCreated(BlueprintPageCreateEvent event) {
        ModuleCompleteKey blueprint = event.getBlueprintKey();
        if (blueprint == null || !PLUGIN_KEY.equals(blueprint.getPluginKey())
                || !BLUEPRINT_MODULE_KEY.equals(blueprint.getModuleKey())) {
            return;
        }
        UserRef who = ConfluenceCurrentUser.refOf(event.getCreator()).orElse(new UserRef.Named("anonymous"));
        creationLog.pageCreated(event.getPage().getId(), who);
        Map<String, Object> context = event.getContext();
        Map<String, String> prints = DraftedPrints.toRemember(
                context == null ? null : context.get(DraftedPrints.CONTEXT_KEY), event.getPage()::getBodyAsString);
        if (!prints.isEmpty()) {
            drafted.remember(event.getPage().getId(), prints);
        }
    }
}
