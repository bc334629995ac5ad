package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.core.ContentEntityObject;
import io.github.postmortems.confluence.jira.PagePermissions;

import java.util.Map;

/**
 * {@code postmortem-details}: the details table as a card with lozenges, times, durations and people; for people who
 * may edit the page, the wording the index found to reconsider.
 */
public class PostmortemDetailsMacro extends PostmortemMacro {

    static final String NAME = "postmortem-details";
    static final String TEMPLATE = "templates/macro/postmortem-details.vm";

    private final ShowDetails details;
    private final WordingSections wording;
    private final PagePermissions permissions;

    public PostmortemDetailsMacro(ViewerResolver viewers, ShowDetails details, WordingSections wording,
                                  PagePermissions permissions, MacroTemplates templates) {
        super(NAME, viewers, templates);
        this.details = details;
        this.wording = wording;
        this.permissions = permissions;
    }

    @Override
    String render(Map<String, String> parameters, String body, ContentEntityObject page, Viewer viewer,
                  MacroTemplates templates) {
        DetailsCard card = details.show(body, page == null ? null : page.getTitle(), viewer);
        WordingSection hints = wording.section(page == null ? 0 : page.getId(),
                () -> page != null && permissions.mayEdit(page), viewer);
        return templates.render(TEMPLATE, "card", card.withWording(hints));
    }
}
