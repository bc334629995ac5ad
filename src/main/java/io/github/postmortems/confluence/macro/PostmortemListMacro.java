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
 * chart. The table shows the first rows; "Show more" appends the next ones from the rows endpoint, and the CSV export
 * (the "show all" link) has every one, also where no script runs.
 */
public class PostmortemListMacro extends PostmortemMacro {

    static final String NAME = "postmortem-list";
    static final String TEMPLATE = "templates/macro/postmortem-list.vm";
    static final String EXPORT_PATH = "/rest/postmortems/1.0/export";
    static final String ROWS_PATH = "/rest/postmortems/1.0/list/rows";
    /** "false" on the index page, whose create-from-template button already offers to create one. */
    static final String CREATE_BUTTON = "createButton";

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
        PostmortemListView view = views.view(postmortems, viewer, exportUrl(parameters, viewer),
                rowsUrl(parameters, viewer), parameters == null || !"false".equals(parameters.get(CREATE_BUTTON)));
        return templates.render(TEMPLATE, "list", view, 8 * 1024 + 600 * postmortems.rows().size());
    }

    /** The export of the same list: the macro's own parameters, with "this space" spelled out. */
    static String exportUrl(Map<String, String> parameters, Viewer viewer) {
        return listUrl(EXPORT_PATH, parameters, viewer, "spaces", "labels", "minSeverity", "status", "from", "to",
                "sort");
    }

    /** The rows endpoint for the same list and columns; the button adds the offset and the number of rows. */
    static String rowsUrl(Map<String, String> parameters, Viewer viewer) {
        return listUrl(ROWS_PATH, parameters, viewer, "spaces", "labels", "minSeverity", "status", "from", "to",
                "sort", "columns");
    }

    private static String listUrl(String path, Map<String, String> parameters, Viewer viewer, String... names) {
        Map<String, String> query = new TreeMap<>();
        for (String name : names) {
            String value = parameters == null ? null : parameters.get(name);
            if (value != null && !value.isBlank()) {
                query.put(name, value.trim());
            }
        }
        if (!query.containsKey("spaces") && !viewer.spaceKey().isEmpty()) {
            query.put("spaces", viewer.spaceKey());
        }
        StringJoiner joined = new StringJoiner("&", viewer.baseUrl() + path + (query.isEmpty() ? "" : "?"), "");
        query.forEach((name, value) -> joined.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return joined.toString();
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }
}
