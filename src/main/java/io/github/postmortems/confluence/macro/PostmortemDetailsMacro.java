package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;

import java.util.Map;

/** {@code postmortem-details}: the details table as a card with lozenges, times, durations and people. */
public class PostmortemDetailsMacro implements Macro {

    static final String NAME = "postmortem-details";
    static final String TEMPLATE = "templates/macro/postmortem-details.vm";

    private final ViewerResolver viewers;
    private final ShowDetails details;
    private final MacroTemplates templates;

    public PostmortemDetailsMacro(ViewerResolver viewers, ShowDetails details, MacroTemplates templates) {
        this.viewers = viewers;
        this.details = details;
        this.templates = templates;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        ContentEntityObject page = context == null ? null : context.getEntity();
        try {
            Viewer viewer = viewers.viewerOf(context);
            DetailsCard card = details.show(body, page == null ? null : page.getTitle(), viewer);
            return templates.render(TEMPLATE, "card", card);
        } catch (RuntimeException unexpected) {
            return templates.failure(NAME, page == null ? "-" : String.valueOf(page.getId()), unexpected);
        }
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.RICH_TEXT;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
