package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import io.github.postmortems.confluence.admin.AdminAccess;
import io.github.postmortems.confluence.jira.PagePermissions;

import java.util.Map;

/**
 * {@code countermeasures}: the agreed actions with their owners, due dates and Jira status, and for people who may
 * edit the page a button that creates the missing Jira issues.
 */
public class CountermeasuresMacro extends PostmortemMacro {

    static final String NAME = "countermeasures";
    static final String TEMPLATE = "templates/macro/countermeasures.vm";

    private final ShowCountermeasures countermeasures;
    private final PagePermissions permissions;
    private final AdminAccess admins;

    public CountermeasuresMacro(ViewerResolver viewers, ShowCountermeasures countermeasures,
                                PagePermissions permissions, AdminAccess admins, MacroTemplates templates) {
        super(NAME, viewers, templates);
        this.countermeasures = countermeasures;
        this.permissions = permissions;
        this.admins = admins;
    }

    /** The page's remembered drafted rows are asked for once per render, with the timeline's. */
    @Override
    String render(Map<String, String> parameters, String body, ConversionContext context, ContentEntityObject page,
                  Viewer viewer, MacroTemplates templates) {
        return render(parameters, body, RenderedPage.of(context), page, viewer, templates);
    }

    @Override
    String render(Map<String, String> parameters, String body, ContentEntityObject page, Viewer viewer,
                  MacroTemplates templates) {
        return render(parameters, body, RenderedPage.unshared(page), page, viewer, templates);
    }

    private String render(Map<String, String> parameters, String body, RenderedPage rendered,
                          ContentEntityObject page, Viewer viewer, MacroTemplates templates) {
        long pageId = page == null ? 0 : page.getId();
        String createUrl = permissions.mayEdit(page)
                ? viewer.baseUrl() + "/rest/postmortems/1.0/pages/" + pageId + "/jira-issues" : "";
        // Only administrators can fix a missing connection: only they get the way to the settings.
        String settingsUrl = !createUrl.isEmpty() && admins.current() == AdminAccess.Verdict.ADMIN
                ? viewer.baseUrl() + "/plugins/servlet/postmortems/admin" : "";
        CountermeasureBoard board = countermeasures.show(body, pageId, createUrl, settingsUrl, viewer, rendered);
        return templates.render(TEMPLATE, "board", board);
    }
}
