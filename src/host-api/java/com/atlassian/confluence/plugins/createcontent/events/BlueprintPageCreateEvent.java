package com.atlassian.confluence.plugins.createcontent.events;

import com.atlassian.confluence.event.events.content.page.PageEvent;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugin.ModuleCompleteKey;

import java.util.Map;

/** Host type (deprecated superclass of the api.events one): declaration for compiling only, never packaged. */
@Deprecated
public class BlueprintPageCreateEvent extends PageEvent {
    /** The blueprint's module key; deprecated in the host but the only accessor outside its impl package. */
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
