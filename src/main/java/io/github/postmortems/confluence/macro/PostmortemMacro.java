package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.XhtmlTimeoutException;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;

import java.util.Map;

/**
 * What the postmortem macros share: a rich-text body read as a table, block output, and never a stack trace at a
 * reader. Each macro only says how it turns its parameters and body into HTML for one viewer.
 */
abstract class PostmortemMacro implements Macro {

    private final String name;
    private final ViewerResolver viewers;
    private final MacroTemplates templates;

    PostmortemMacro(String name, ViewerResolver viewers, MacroTemplates templates) {
        this.name = name;
        this.viewers = viewers;
        this.templates = templates;
    }

    @Override
    public final String execute(Map<String, String> parameters, String body, ConversionContext context) {
        ContentEntityObject page = context == null ? null : context.getEntity();
        try {
            if (context != null) {
                context.checkTimeout(); // a page whose render spent its time budget gets no more reading from us
            }
            return render(parameters, body, context, page, viewers.viewerOf(context), templates);
        } catch (XhtmlTimeoutException spent) {
            return templates.timedOut(name, page == null ? "-" : String.valueOf(page.getId()));
        } catch (RuntimeException unexpected) {
            return templates.failure(name, page == null ? "-" : String.valueOf(page.getId()), unexpected);
        }
    }

    /**
     * Parses the parameters and body, runs the macro's use case and renders its view.
     *
     * @param page the page being rendered; null in a preview of a page not saved yet
     */
    abstract String render(Map<String, String> parameters, String body, ContentEntityObject page, Viewer viewer,
                           MacroTemplates templates);

    /**
     * The same, given the render's context too, for a macro that shares what it reads from the page with the page's
     * other macros (see {@link RenderedPage}).
     *
     * @param context the render's context; null when the host gave none
     */
    String render(Map<String, String> parameters, String body, ConversionContext context, ContentEntityObject page,
                  Viewer viewer, MacroTemplates templates) {
        return render(parameters, body, page, viewer, templates);
    }

    /** A rich-text body read as a table, unless the macro says otherwise. */
    @Override
    public BodyType getBodyType() {
        return BodyType.RICH_TEXT;
    }

    @Override
    public final OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
