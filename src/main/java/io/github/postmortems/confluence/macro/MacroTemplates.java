package io.github.postmortems.confluence.macro;

import com.atlassian.templaterenderer.TemplateRenderer;
import io.github.postmortems.text.Markup;
import io.github.postmortems.text.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders a macro's view model through Confluence's template renderer, and renders the one thing a macro shows when
 * something unexpected broke: a message in the reader's language instead of a stack trace or a broken page.
 */
public class MacroTemplates {

    private static final Logger LOG = LoggerFactory.getLogger(MacroTemplates.class);

    private final TemplateRenderer renderer;
    private final Messages messages;

    public MacroTemplates(TemplateRenderer renderer, Messages messages) {
        this.renderer = renderer;
        this.messages = messages;
    }

    public String render(String template, String modelName, Object model) {
        return render(template, modelName, model, 16 * 1024);
    }

    /** @param expectedChars about how long the HTML will be, so a long timeline is not copied while it grows */
    public String render(String template, String modelName, Object model, int expectedChars) {
        MacroOutput out = new MacroOutput(expectedChars);
        try {
            renderer.render(template, Map.of(modelName, model), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * What a reader sees when rendering failed for a reason the page cannot explain (a bug, the host failing). The
     * failure is logged once, with the page, so an admin can find it.
     */
    public String failure(String macroName, String pageId, RuntimeException failure) {
        LOG.error("The {} macro could not be rendered on page {}", macroName, pageId, failure);
        return "<div class=\"aui-message aui-message-error pm-failure\"><p>"
                + Markup.escape(messages.text("postmortems.macros.failure", macroName)) + "</p></div>";
    }

    /** What a reader sees when the page's render had used up its time budget before this macro's turn. */
    public String timedOut(String macroName, String pageId) {
        LOG.warn("The {} macro was not rendered on page {}: the page's render time budget was spent", macroName,
                pageId);
        return "<div class=\"aui-message aui-message-warning pm-timeout\"><p>"
                + Markup.escape(messages.text("postmortems.macros.timeout", macroName)) + "</p></div>";
    }
}
