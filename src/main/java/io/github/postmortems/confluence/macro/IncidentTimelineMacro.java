package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;

import java.util.Map;

/** {@code incident-timeline}: the timeline table as a vertical timeline with milestones, elapsed time and silences. */
public class IncidentTimelineMacro implements Macro {

    static final String NAME = "incident-timeline";
    static final String TEMPLATE = "templates/macro/incident-timeline.vm";

    private final ViewerResolver viewers;
    private final ShowTimeline timeline;
    private final MacroTemplates templates;

    public IncidentTimelineMacro(ViewerResolver viewers, ShowTimeline timeline, MacroTemplates templates) {
        this.viewers = viewers;
        this.timeline = timeline;
        this.templates = templates;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        ContentEntityObject page = context == null ? null : context.getEntity();
        try {
            Viewer viewer = viewers.viewerOf(context);
            TimelineParameters request = TimelineParameters.parse(parameters);
            TimelineView view = timeline.show(body, page == null ? "" : page.getBodyAsString(), request, viewer);
            // The rendered timeline is about twice as long as its table: each entry's rich text plus its chrome.
            return templates.render(TEMPLATE, "timeline", view, 4096 + 2 * (body == null ? 0 : body.length()));
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
