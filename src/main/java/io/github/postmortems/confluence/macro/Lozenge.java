package io.github.postmortems.confluence.macro;

import io.github.postmortems.postmortem.PostmortemStatus;
import io.github.postmortems.postmortem.Severity;
import io.github.postmortems.text.Markup;

/**
 * An AUI lozenge. On screen its colours come from AUI's classes; in static output (PDF, e-mail) from {@code style}.
 *
 * @param appearance AUI's modifier ("error", "moved", "current", "success", "complete") or "" for the default grey
 */
public record Lozenge(String text, String appearance, String hint, String style) {

    private static final String SHAPE = "display:inline-block;padding:2px 4px;border-radius:3px;font-size:11px;"
            + "font-weight:700;line-height:1.2;text-transform:uppercase;";

    public String css() {
        return appearance.isEmpty() ? "aui-lozenge" : "aui-lozenge aui-lozenge-" + appearance;
    }

    /**
     * The lozenge as the templates wrote it, for the parts of a view written in Java: a span with its classes, then
     * {@code moreClasses} as they are (" pm-drafted"), its style and hint, each value escaped as a template's.
     */
    void appendHtml(StringBuilder html, String moreClasses) {
        html.append("<span class=\"");
        Markup.appendAsTemplateEscapes(html, css());
        html.append(moreClasses).append("\" style=\"");
        Markup.appendAsTemplateEscapes(html, style);
        html.append("\" title=\"");
        Markup.appendAsTemplateEscapes(html, hint);
        html.append("\">");
        Markup.appendAsTemplateEscapes(html, text);
        html.append("</span>");
    }

    /** Most severe red, then yellow, then blue; every level below the third grey. */
    public static Lozenge of(Severity severity, Viewer viewer) {
        String appearance = appearance(severity.rank());
        String hint = severity.description().startsWith("postmortems.")
                ? viewer.text(severity.description()) : severity.description();
        return create(severity.code(), appearance, hint, viewer);
    }

    /** A severity as the index keeps it: its code and rank. */
    public static Lozenge ofSeverity(String code, int rank, Viewer viewer) {
        return create(code, appearance(rank), "", viewer);
    }

    private static String appearance(int rank) {
        return switch (rank) {
            case 1 -> "error";
            case 2 -> "moved";
            case 3 -> "current";
            default -> "";
        };
    }

    public static Lozenge of(PostmortemStatus status, Viewer viewer) {
        String appearance = switch (status) {
            case DRAFT -> "";
            case IN_REVIEW -> "current";
            case APPROVED -> "success";
            case PUBLISHED -> "complete";
        };
        return create(viewer.text(status.i18nKey()), appearance, "", viewer);
    }

    static Lozenge create(String text, String appearance, String hint, Viewer viewer) {
        return new Lozenge(text, appearance, hint, viewer.staticOutput() ? SHAPE + colours(appearance) : "");
    }

    private static String colours(String appearance) {
        return switch (appearance) {
            case "error" -> "background:#DE350B;color:#FFFFFF;";
            case "moved" -> "background:#FF991F;color:#172B4D;";
            case "current", "complete" -> "background:#0052CC;color:#FFFFFF;";
            case "success" -> "background:#00875A;color:#FFFFFF;";
            default -> "background:#DFE1E6;color:#42526E;";
        };
    }
}
