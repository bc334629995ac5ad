package io.github.postmortems.confluence.macro;

/**
 * Inline styles for static output (PDF, Word, e-mail), where our stylesheet is not loaded. On screen every one is
 * empty and the web resource's CSS, with Atlassian design tokens, does the work.
 */
public record Styles(String card, String header, String title, String section, String heading, String label,
                     String value, String notSet, String warning, String marker, String silence, String muted) {

    public static final Styles SCREEN = new Styles("", "", "", "", "", "", "", "", "", "", "", "");

    public static final Styles STATIC = new Styles(
            "border:1px solid #DFE1E6;border-radius:3px;padding:12px 16px;margin:8px 0;",
            "margin:0 0 8px 0;",
            "font-size:16px;font-weight:600;margin:0 8px 0 0;display:inline;",
            "margin:8px 0 0 0;",
            "font-size:12px;font-weight:600;color:#626F86;text-transform:uppercase;margin:8px 0 4px 0;",
            "color:#626F86;padding:2px 16px 2px 0;vertical-align:top;",
            "padding:2px 0;vertical-align:top;",
            "color:#8590A2;font-style:italic;",
            "background:#FFF7D6;border-left:3px solid #E2B203;padding:6px 10px;margin:8px 0;",
            "display:inline-block;width:8px;height:8px;border-radius:50%;background:#626F86;margin-right:6px;",
            "color:#8590A2;font-style:italic;border-left:2px dashed #DFE1E6;padding:4px 0 4px 12px;",
            "color:#626F86;font-size:12px;");

    /**
     * A whole {@code style="..."} attribute for a role, or nothing on screen, where the stylesheet styles it: a long
     * timeline would otherwise carry thousands of empty attributes. Built from the constant styles above only.
     */
    public String mutedAttributeHtml() {
        return attribute(muted);
    }

    public String markerAttributeHtml() {
        return attribute(marker);
    }

    private static String attribute(String css) {
        return css.isEmpty() ? "" : " style=\"" + css + "\"";
    }

    public static Styles of(Viewer viewer) {
        return viewer.staticOutput() ? STATIC : SCREEN;
    }
}
