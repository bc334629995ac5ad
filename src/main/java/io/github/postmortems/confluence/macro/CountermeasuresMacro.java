package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import io.github.postmortems.confluence.jira.PagePermissions;

import java.util.Map;

/**
 * {@code countermeasures}: the agreed actions with their owners, due dates and Jira status, and for people who may
 * edit the page a button that creates the missing Jira issues.
 */
public class CountermeasuresMacro implements Macro {

    static final String NAME = "countermeasures";
    static final String TEMPLATE = "templates/macro/countermeasures.vm";

    private final ViewerResolver viewers;
    private final ShowCountermeasures countermeasures;
    private final PagePermissions permissions;
    private final MacroTemplates templates;

    public CountermeasuresMacro(ViewerResolver viewers, ShowCountermeasures countermeasures,
                                PagePermissions permissions, MacroTemplates templates) {
        this.viewers = viewers;
        this.countermeasures = countermeasures;
        this.permissions = permissions;
        this.templates = templates;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        ContentEntityObject page = context == null ? null : context.getEntity();
        try {
            Viewer viewer = viewers.viewerOf(context);
            long pageId = page == null ? 0 : page.getId();
            boolean mayEdit = permissions.mayEdit(page);
            String createUrl = mayEdit ? viewer.baseUrl() + "/rest/postmortems/1.0/pages/" + pageId + "/jira-issues" : "";
            CountermeasureBoard board = countermeasures.show(body, pageId, createUrl, viewer);
            return templates.render(TEMPLATE, "board", board);
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
