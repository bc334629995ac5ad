package io.github.postmortems.confluence.rest;

import com.google.gson.JsonObject;
import io.github.postmortems.confluence.list.ConfluenceVisibility;
import io.github.postmortems.confluence.macro.ListViews;
import io.github.postmortems.confluence.macro.MacroTemplates;
import io.github.postmortems.confluence.macro.Viewer;
import io.github.postmortems.confluence.macro.ViewerResolver;
import io.github.postmortems.report.ListPage;
import io.github.postmortems.report.ListParameters;
import io.github.postmortems.report.ListPostmortems;
import io.github.postmortems.report.ListQuery;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rows behind the postmortem list's "Show more" button: the macro's parameters plus {@code offset} (visible rows
 * already shown) and {@code max}, answered as the macro's own row markup and where the next rows start (null when
 * none follow). Same permission rules as the list and the export; without {@code spaces} it lists every space the
 * caller may see. Other parameters are read as the export reads them: a value that cannot be used is its default.
 */
@Path("/list/rows")
@Produces(MediaType.APPLICATION_JSON)
public class PostmortemListRowsResource {

    static final String ROWS_TEMPLATE = "templates/macro/postmortem-list-rows.vm";
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    private final ListPostmortems list;
    private final ConfluenceVisibility visibility;
    private final ListViews views;
    private final ViewerResolver viewers;
    private final MacroTemplates templates;

    @Inject
    public PostmortemListRowsResource(ListPostmortems list, ConfluenceVisibility visibility, ListViews views,
                                      ViewerResolver viewers, MacroTemplates templates) {
        this.list = list;
        this.visibility = visibility;
        this.views = views;
        this.viewers = viewers;
        this.templates = templates;
    }

    @GET
    public Response rows(@QueryParam("spaces") String spaces, @QueryParam("labels") String labels,
                         @QueryParam("minSeverity") String minSeverity, @QueryParam("status") String status,
                         @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("sort") String sort, @QueryParam("columns") String columns,
                         @QueryParam("offset") String offset, @QueryParam("max") String max) {
        Viewer viewer = viewers.viewerOf(null);
        if (offset == null || !WHOLE_NUMBER.matcher(offset.trim()).matches()) {
            return JsonAnswers.status(400, viewer.text("postmortems.list.rows.bad-offset", text(offset)));
        }
        if (max == null || !WHOLE_NUMBER.matcher(max.trim()).matches() || Integer.parseInt(max.trim()) < 1
                || Integer.parseInt(max.trim()) > ListParameters.MOST_ROWS) {
            return JsonAnswers.status(400, viewer.text("postmortems.list.rows.bad-max", text(max),
                    ListParameters.MOST_ROWS));
        }
        Map<String, String> parameters = ListRequestParameters.of(spaces, labels, minSeverity, status, from, to, sort);
        ListRequestParameters.put(parameters, "columns", columns);
        ListRequestParameters.put(parameters, "max", max.trim());
        ListQuery query = ListParameters.parse(parameters, "", list.today(viewer.zone()), viewer.zone());
        ListPage page = list.page(query, visibility.ofCurrentUser(), Integer.parseInt(offset.trim()));
        JsonObject body = new JsonObject();
        body.addProperty("rows", templates.render(ROWS_TEMPLATE, "list",
                views.rows(page, list.today(viewer.zone()), viewer), 1024 + 600 * page.rows().size()));
        body.addProperty("nextOffset", page.nextOffset().isPresent() ? page.nextOffset().getAsInt() : null);
        return JsonAnswers.okWithNulls(body);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
