package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import io.github.postmortems.text.Messages;
import io.github.postmortems.text.RememberedTexts;

import java.util.Locale;
import java.util.Set;

/** Works out the {@link Viewer} of a macro render from Confluence's services and the conversion context. */
public class ViewerResolver {

    /** Output types that are not a live page in a browser (ConversionContextOutputType, lower case). */
    private static final Set<String> STATIC_OUTPUT = Set.of("pdf", "word", "email", "feed", "html_export");

    private final TimeZoneManager timeZones;
    private final ApplicationProperties application;
    private final Messages messages;

    public ViewerResolver(TimeZoneManager timeZones, ApplicationProperties application, Messages messages) {
        this.timeZones = timeZones;
        this.application = application;
        this.messages = messages;
    }

    public Viewer viewerOf(ConversionContext context) {
        boolean staticOutput = context != null && context.getOutputType() != null
                && STATIC_OUTPUT.contains(context.getOutputType().toLowerCase(Locale.ROOT));
        String spaceKey = context == null ? "" : context.getSpaceKey();
        // A board or a timeline repeats a few texts on every row: each is worded once per view.
        Messages texts = RememberedTexts.over(messages);
        // The language the viewer gets our texts in; month names and number formats follow it.
        Locale locale = Locale.forLanguageTag(texts.text("postmortems.common.locale"));
        return new Viewer(timeZones.getUserTimeZone().toZoneId(), locale, staticOutput,
                application.getBaseUrl(staticOutput ? UrlMode.CANONICAL : UrlMode.RELATIVE), spaceKey,
                timeZones.getDefaultTimeZone().toZoneId(), texts);
    }
}
