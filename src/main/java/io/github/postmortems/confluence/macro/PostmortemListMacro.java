package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.core.ContentEntityObject;
import io.github.postmortems.confluence.list.ConfluenceVisibility;
import io.github.postmortems.report.ListParameters;
import io.github.postmortems.report.ListPostmortems;
import io.github.postmortems.report.ListQuery;
import io.github.postmortems.report.PostmortemList;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * {@code postmortem-list}: the postmortems of a selection the viewer may see, with their numbers and a monthly
 * chart. The table shows the first rows; the rest are in the CSV export, which the "show all" link downloads.
 */
public class PostmortemListMacro extends PostmortemMacro {

    static final String NAME = "postmortem-list";
    static final String TEMPLATE = "templates/macro/postmortem-list.vm";
    static final String EXPORT_PATH = "/rest/postmortems/1.0/export";

    private final ListPostmortems list;
    private final ConfluenceVisibility visibility;
    private final ListViews views;

    public PostmortemListMacro(ViewerResolver viewers, ListPostmortems list, ConfluenceVisibility visibility,
                               ListViews views, MacroTemplates templates) {
        super(NAME, viewers, templates);
        this.list = list;
        this.visibility = visibility;
        this.views = views;
    }

    @Override
    String render(Map<String, String> parameters, String body, ContentEntityObject page, Viewer viewer,
                  MacroTemplates templates) {
        ListQuery query = ListParameters.parse(parameters, viewer.spaceKey(), list.today(viewer.zone()),
                viewer.zone());
        PostmortemList postmortems = list.list(query, visibility.ofCurrentUser(), viewer.zone());
        PostmortemListView view = views.view(postmortems, viewer, exportUrl(parameters, viewer));
        return templates.render(TEMPLATE, "list", view, 8 * 1024 + 600 * postmortems.rows().size());
    }

    /** The export of the same list: the macro's own parameters, with "this space" spelled out. */
    static String exportUrl(Map<String, String> parameters, Viewer viewer) {
        Map<String, String> query = new TreeMap<>();
        for (String name : new String[] {"spaces", "labels", "minSeverity", "status", "from", "to", "sort"}) {
            String value = parameters == null ? null : parameters.get(name);
            if (value != null && !value.isBlank()) {
                query.put(name, value.trim());
            }
        }
        if (!query.containsKey("spaces") && !viewer.spaceKey().isEmpty()) {
            query.put("spaces", viewer.spaceKey());
        }
        StringJoiner joined = new StringJoiner("&", viewer.baseUrl() + EXPORT_PATH + (query.isEmpty() ? "" : "?"), "");
        query.forEach((name, value) -> joined.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return joined.toString();
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }
}
