package io.github.postmortems.blueprint;

import io.github.postmortems.postmortem.UserRef;

import java.time.LocalDate;

/**
 * The few pieces of storage format the wizard's values become when plain text will not do (user mentions, dates).
 * Every value is escaped here, so the result is safe to insert as raw XHTML.
 */
public final class StorageMarkup {

    private StorageMarkup() {
    }

    /** Escapes text for an XML element body or a double- or single-quoted attribute; drops characters XML forbids. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (isXmlChar(c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** A user mention: linked by key or (legacy, still read by Confluence) by username; a typed name stays text. */
    public static String mention(UserRef user) {
        if (user instanceof UserRef.ByKey byKey) {
            return "<ac:link><ri:user ri:userkey=\"" + escape(byKey.userKey()) + "\" /></ac:link>";
        }
        if (user instanceof UserRef.ByUsername byUsername) {
            return "<ac:link><ri:user ri:username=\"" + escape(byUsername.username()) + "\" /></ac:link>";
        }
        return escape(user.fallbackText());
    }

    /** A date as Confluence's date lozenge. */
    public static String date(LocalDate date) {
        return "<time datetime=\"" + date + "\" />";
    }

    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
