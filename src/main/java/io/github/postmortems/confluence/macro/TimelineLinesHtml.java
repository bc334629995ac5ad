package io.github.postmortems.confluence.macro;

import io.github.postmortems.text.Markup;

import java.util.List;

/**
 * The timeline's list of lines as HTML, written in Java rather than by the template: a long timeline is thousands of
 * lines of a dozen values each, and the template engine looks each value up by reflection, line after line. The HTML
 * is the one the template wrote, character for character ({@code TimelineLinesHtmlTest} renders both), and every
 * value is escaped as the template renderer escapes a reference, except the event's rich text, which
 * {@link EventMarkup} has already cut down to its allowlist, as the template left it.
 */
final class TimelineLinesHtml {

    private final StringBuilder html;
    private final Styles styles;
    private final String mutedStyle;
    private final String markerStyle;

    private TimelineLinesHtml(StringBuilder html, Styles styles) {
        this.html = html;
        this.styles = styles;
        this.mutedStyle = styles.mutedAttributeHtml();
        this.markerStyle = styles.markerAttributeHtml();
    }

    /** The {@code <ol>} of all lines; the template breaks the line after it. */
    static String of(List<TimelineLine> lines, Styles styles) {
        StringBuilder html = new StringBuilder(expectedLength(lines));
        TimelineLinesHtml writer = new TimelineLinesHtml(html, styles);
        html.append("<ol class=\"pm-timeline__list\">\n");
        for (TimelineLine line : lines) {
            writer.line(line);
        }
        return html.append("</ol>").toString();
    }

    /**
     * About how long the list will be, a little more rather than less, so a long timeline is written into one buffer
     * without growing it: each line's markup is some 500 characters besides its values.
     */
    private static int expectedLength(List<TimelineLine> lines) {
        long length = 64;
        for (TimelineLine line : lines) {
            length += 560 + line.day().length() + line.datetime().length() + line.timeText().length()
                    + line.timeHint().length() + line.elapsed().length() + line.kind().length()
                    + Math.max(line.textHtml().length(), line.text().length()) + line.evidence().href().length()
                    + line.evidence().text().length() + line.evidence().hint().length() + line.warning().length();
        }
        return (int) Math.min(length + length / 8, Integer.MAX_VALUE - 16);
    }

    private void line(TimelineLine line) {
        if (line.hasDay()) {
            html.append("<li class=\"pm-timeline__day\" style=\"");
            escaped(styles.heading()).append("\">");
            escaped(line.day()).append("</li>\n");
        }
        html.append("<li class=\"");
        escaped(line.css()).append("\">\n<span class=\"pm-timeline__marker\" aria-hidden=\"true\"").append(markerStyle)
                .append("></span>\n<div class=\"pm-timeline__when\"><time datetime=\"");
        escaped(line.datetime()).append("\" title=\"");
        escaped(line.timeHint()).append("\">");
        escaped(line.timeText()).append("</time> <span class=\"pm-timeline__elapsed\"").append(mutedStyle).append('>');
        escaped(line.elapsed()).append("</span></div>\n<div class=\"pm-timeline__what\">\n<span class=\"pm-timeline__kind\"")
                .append(mutedStyle).append('>');
        escaped(line.kind()).append("</span>");
        for (Lozenge mark : line.marks()) {
            html.append(' ');
            mark.appendHtml(html, " pm-drafted");
        }
        html.append("<div class=\"pm-timeline__text\">");
        if (line.textHtml().isEmpty()) {
            escaped(line.text());
        } else {
            html.append(line.textHtml());
        }
        html.append("</div>\n");
        Link evidence = line.evidence();
        if (line.hasEvidence() && evidence.linked()) {
            html.append("<a class=\"pm-timeline__evidence\" href=\"");
            escaped(evidence.href()).append("\" title=\"");
            escaped(evidence.hint()).append("\">");
            escaped(evidence.text()).append("</a>\n");
        } else if (line.hasEvidence()) {
            html.append("<span class=\"pm-timeline__evidence\">");
            escaped(evidence.text()).append("</span>\n");
        }
        if (!line.warning().isEmpty()) {
            html.append("<div class=\"pm-timeline__warning\" style=\"");
            escaped(styles.warning()).append("\">");
            escaped(line.warning()).append("</div>\n");
        }
        html.append("</div>\n</li>\n");
    }

    private StringBuilder escaped(String text) {
        Markup.appendAsTemplateEscapes(html, text);
        return html;
    }
}
