package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;

import java.util.Map;

/** {@code incident-timeline}: the timeline table as a vertical timeline with milestones, elapsed time and silences. */
public class IncidentTimelineMacro extends PostmortemMacro {

    static final String NAME = "incident-timeline";
    static final String TEMPLATE = "templates/macro/incident-timeline.vm";

    private final ShowTimeline timeline;
    private final ConfluenceEvidence evidence;

    public IncidentTimelineMacro(ViewerResolver viewers, ShowTimeline timeline, ConfluenceEvidence evidence,
                                 MacroTemplates templates) {
        super(NAME, viewers, templates);
        this.timeline = timeline;
        this.evidence = evidence;
    }

    /** The page's details are read once per render, however many timelines on the page ask for them. */
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
        TimelineParameters request = TimelineParameters.parse(parameters);
        TimelineView view = timeline.show(body, rendered, request, viewer, evidence.on(page, viewer.spaceKey()));
        // The rendered timeline is about one and a half times as long as its table (each entry's rich text, less
        // the table's own markup, plus its chrome): sized so, it is written without growing or a large spare.
        int table = body == null ? 0 : body.length();
        return templates.render(TEMPLATE, "timeline", view, 4096 + table + table / 2);
    }
}
