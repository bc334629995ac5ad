package io.github.postmortems.confluence.macro;

import io.github.postmortems.text.Markup;

import java.util.List;

/**
 * The details card's sections as HTML, written in Java rather than by the template, which looked each label, value
 * and style up by reflection. The HTML is the one the template wrote, character for character
 * ({@code CardSectionsHtmlTest} renders both), every value escaped as the template renderer escapes a reference.
 */
final class CardSectionsHtml {

    private CardSectionsHtml() {
    }

    /** Each section, each ended by a line break as the template ended it. */
    static String of(List<CardSection> sections, Styles styles) {
        StringBuilder html = new StringBuilder(512 + 256 * sections.size());
        for (CardSection section : sections) {
            html.append("<div class=\"pm-card__section\" style=\"");
            escaped(html, styles.section()).append("\">\n<h4 class=\"pm-card__heading\" style=\"");
            escaped(html, styles.heading()).append("\">");
            escaped(html, section.heading())
                    .append("</h4>\n<table class=\"pm-card__rows\" role=\"presentation\"><tbody>\n");
            for (CardRow row : section.rows()) {
                html.append("<tr><th scope=\"row\" class=\"pm-card__label\" style=\"");
                escaped(html, styles.label()).append("\">");
                escaped(html, row.label()).append("</th><td class=\"pm-card__value\" style=\"");
                escaped(html, styles.value()).append("\">");
                for (Link value : row.values()) {
                    if (value.linked()) {
                        html.append("<a class=\"");
                        escaped(html, value.css()).append("\" href=\"");
                        escaped(html, value.href()).append("\" title=\"");
                        escaped(html, value.hint()).append("\">");
                        escaped(html, value.text()).append("</a> ");
                    } else {
                        html.append("<span class=\"");
                        escaped(html, value.css()).append("\" title=\"");
                        escaped(html, value.hint()).append("\">");
                        escaped(html, value.text()).append("</span> ");
                    }
                }
                html.append("</td></tr>\n");
            }
            html.append("</tbody></table>\n</div>\n");
        }
        return html.toString();
    }

    private static StringBuilder escaped(StringBuilder html, String text) {
        Markup.appendAsTemplateEscapes(html, text);
        return html;
    }
}
