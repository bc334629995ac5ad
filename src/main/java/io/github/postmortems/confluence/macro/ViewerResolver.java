package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import io.github.postmortems.text.Messages;
import io.github.postmortems.text.RememberedTexts;
import io.github.postmortems.text.SharedTexts;

import java.util.Locale;
import java.util.Set;

/** Works out the {@link Viewer} of a macro render from Confluence's services and the conversion context. */
public class ViewerResolver {

    /** Output types that are not a live page in a browser (ConversionContextOutputType, lower case). */
    private static final Set<String> STATIC_OUTPUT = Set.of("pdf", "word", "email", "feed", "html_export");

    static final String PROPERTY = "io.github.postmortems.viewer";

    private final TimeZoneManager timeZones;
    private final ApplicationProperties application;
    private final Messages messages;
    /** Labels and durations worded once for all readers of a language, not once per view. */
    private final SharedTexts shared = new SharedTexts();

    public ViewerResolver(TimeZoneManager timeZones, ApplicationProperties application, Messages messages) {
        this.timeZones = timeZones;
        this.application = application;
        this.messages = messages;
    }

    /**
     * The viewer of the render {@code context} is for: worked out by the first of the page's macros and kept in the
     * context for the others (Confluence hands every macro of a page the same context), so a text the card and the
     * timeline both show is worded once per view, not once per macro. A context whose property holds something else
     * (another plugin took the name) gets a viewer of its own each time.
     */
    public Viewer viewerOf(ConversionContext context) {
        if (context == null) {
            return resolve(null);
        }
        Object kept = context.getProperty(PROPERTY);
        if (kept instanceof Viewer viewer) {
            return viewer;
        }
        Viewer viewer = resolve(context);
        if (kept == null) {
            context.setProperty(PROPERTY, viewer);
        }
        return viewer;
    }

    private Viewer resolve(ConversionContext context) {
        boolean staticOutput = context != null && context.getOutputType() != null
                && STATIC_OUTPUT.contains(context.getOutputType().toLowerCase(Locale.ROOT));
        String spaceKey = context == null ? "" : context.getSpaceKey();
        // The language the viewer gets our texts in; month names and number formats follow it.
        String language = messages.text("postmortems.common.locale");
        // Labels and texts with short string arguments come from what readers of the same language were answered;
        // texts with numbers (a board or a timeline repeats a few on every row) are worded once per view.
        Messages texts = shared.in(language, RememberedTexts.over(messages));
        Locale locale = Locale.forLanguageTag(language);
        return new Viewer(timeZones.getUserTimeZone().toZoneId(), locale, staticOutput,
                application.getBaseUrl(staticOutput ? UrlMode.CANONICAL : UrlMode.RELATIVE), spaceKey,
                timeZones.getDefaultTimeZone().toZoneId(), texts);
    }
}
