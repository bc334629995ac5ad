package io.github.postmortems.confluence.macro;

import io.github.postmortems.text.Messages;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who reads the macro's output and where: their time zone and language, and whether the output is static (PDF,
 * Word, e-mail, feeds: no scripts, no hover, no stylesheet of ours), in which case styles go inline.
 *
 * @param baseUrl   Confluence's base URL for links: relative on screen, absolute in static output
 * @param spaceKey  the space of the page being rendered, for label links; "" when unknown
 * @param siteZone  Confluence's default zone: how times typed without a zone are read when the page names none,
 *                  so a page reads the same for every viewer
 */
public record Viewer(ZoneId zone, Locale locale, boolean staticOutput, String baseUrl, String spaceKey,
                     ZoneId siteZone, Messages messages) {

    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");

    public Viewer {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(locale, "locale");
        baseUrl = baseUrl == null ? "" : TRAILING_SLASHES.matcher(baseUrl).replaceAll("");
        spaceKey = spaceKey == null ? "" : spaceKey;
        Objects.requireNonNull(siteZone, "siteZone");
        Objects.requireNonNull(messages, "messages");
    }

    /**
     * Dates as the viewer's locale writes them at medium length ("Oct 4, 2026"): the localized formatter, with its
     * pattern looked up once per locale instead of on every date it writes.
     */
    public DateTimeFormatter dates() {
        return Moments.Formats.of(locale).date();
    }

    public String text(String key, Object... args) {
        return messages.text(key, args);
    }

    /** The unfilled pattern of {@code key}, for a script to fill in (see {@link Messages#pattern}). */
    public String pattern(String key) {
        return messages.pattern(key);
    }

    /** The same viewer reading times in another zone (the macro's time zone parameter). */
    public Viewer inZone(ZoneId other) {
        return new Viewer(other, locale, staticOutput, baseUrl, spaceKey, siteZone, messages);
    }
}
