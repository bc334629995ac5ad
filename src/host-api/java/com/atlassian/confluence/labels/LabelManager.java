package com.atlassian.confluence.labels;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.PartialList;

/**
 * Host type (an interface): declaration for compiling only, never packaged. Verified in decompiled Confluence source
 * found with the search tool (file id 41603302814: "public interface LabelManager", package com.atlassian.confluence.labels):
 * {@code Label getLabel(String)} and {@code PartialList<ContentEntityObject> getContentForLabel(int offset,
 * int maxResults, Label)} (not deprecated, unlike getCurrentContentForLabel(Label), which loads everything).
 */
public interface LabelManager {

    Label getLabel(String name);

    PartialList<ContentEntityObject> getContentForLabel(int offset, int maxResults, Label label);

    /** Labels content (create-content labels a new blueprint page this way before saving it). */
    int addLabel(Labelable labelable, Label label);

    /** A page of the space's current content with the label: how create-content finds a blueprint's index page. */
    PartialList<ContentEntityObject> getContentInSpaceForLabel(int offset, int maxResults, String spaceKey,
                                                              Label label);
}
