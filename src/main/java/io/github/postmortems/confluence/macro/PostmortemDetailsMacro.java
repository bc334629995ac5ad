package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.core.ContentEntityObject;

import java.util.Map;

/** {@code postmortem-details}: the details table as a card with lozenges, times, durations and people. */
public class PostmortemDetailsMacro extends PostmortemMacro {

    static final String NAME = "postmortem-details";
    static final String TEMPLATE = "templates/macro/postmortem-details.vm";

    private final ShowDetails details;

    public PostmortemDetailsMacro(ViewerResolver viewers, ShowDetails details, MacroTemplates templates) {
        super(NAME, viewers, templates);
        this.details = details;
    }

    @Override
    String render(Map<String, String> parameters, String body, ContentEntityObject page, Viewer viewer,
                  MacroTemplates templates) {
        DetailsCard card = details.show(body, page == null ? null : page.getTitle(), viewer);
        return templates.render(TEMPLATE, "card", card);
    }
}
