package com.atlassian.confluence.plugins.createcontent.api.events;

import com.atlassian.confluence.event.events.content.page.PageEvent;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugin.ModuleCompleteKey;

import java.util.Map;

/**
 * Host type (the event to listen to; host-signatures confluence.tsv). Flattened: the real one extends the deprecated
 * createcontent.events.BlueprintPageCreateEvent, which declares the three accessors below and extends PageEvent; the
 * JVM resolves our calls up the real hierarchy. Its real constructor takes an impl-package type, so none is declared.
 */
public class BlueprintPageCreateEvent extends PageEvent {

    @SuppressWarnings("deprecation")
    private BlueprintPageCreateEvent() {
        super(null, null);
    }

    /**
     * The blueprint's module key. Deprecated in 8.7.2; the replacement, getBlueprint(), returns the create-content
     * plugin's impl-package ContentBlueprint, which is not API.
     */
    @Deprecated
    public ModuleCompleteKey getBlueprintKey() {
        throw new UnsupportedOperationException("host type");
    }

    public Map<String, Object> getContext() {
        throw new UnsupportedOperationException("host type");
    }

    public ConfluenceUser getCreator() {
        throw new UnsupportedOperationException("host type");
    }
}
