package io.github.postmortems.text;

/** Escaping for text placed in XML or HTML (element content or quoted attributes). */
public final class Markup {

    private Markup() {
    }

    /** Escapes markup characters and both quotes; drops characters XML forbids (control characters, lone surrogates). */
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

    /**
     * Appends {@code text} escaped as Confluence's template renderer escapes a {@code $reference} (reference §6): the
     * markup characters and both quotes, every other character as it is. What Java writes into a template's HTML
     * goes through this, so it reads exactly as the template wrote it. Runs needing no escape are copied at once.
     */
    public static void appendAsTemplateEscapes(StringBuilder out, String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > '>' || c < '"') {
                continue; // most characters: none of the five is outside '"' (34) to '>' (62)
            }
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null) {
                out.append(text, run, i).append(entity);
                run = i + 1;
            }
        }
        out.append(text, run, text.length());
    }

    /**
     * Appends {@code value} from {@code from} to {@code to} escaped as jsoup writes it with base entities: in text
     * {@code & < >} and the no-break space, in a quoted attribute value {@code & "} and the no-break space. Answers
     * false at a character jsoup escapes by number or by its own reading (controls, surrogates); part of the value may
     * have been appended by then. Runs of characters written as they are are copied at once.
     */
    public static boolean appendAsJsoupWrites(StringBuilder out, String value, int from, int to, boolean text) {
        int run = from;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '&' && c != '<' && c != '>' && c != '"' && c != '\u00a0'
                    && !Character.isSurrogate(c)) {
                continue;
            }
            out.append(value, run, i);
            run = i + 1;
            switch (c) {
                case '&' -> out.append("&amp;");
                case '\u00a0' -> out.append("&nbsp;");
                case '<' -> out.append(text ? "&lt;" : "<");
                case '>' -> out.append(text ? "&gt;" : ">");
                case '"' -> out.append(text ? "\"" : "&quot;");
                case '\t', '\n', '\r' -> out.append(c);
                default -> {
                    return false;
                }
            }
        }
        out.append(value, run, to);
        return true;
    }

    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
