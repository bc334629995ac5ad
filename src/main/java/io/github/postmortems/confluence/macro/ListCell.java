package io.github.postmortems.confluence.macro;

import java.util.List;

/**
 * One cell of the postmortem list: text, perhaps linked, lozenges, perhaps a progress bar.
 *
 * @param progressHtml a bar built in Java from numbers only ({@link ListViews#progressHtml}); "" for none
 */
public record ListCell(Link link, List<Lozenge> lozenges, String progressHtml, String css) {

    public ListCell {
        lozenges = List.copyOf(lozenges);
        progressHtml = progressHtml == null ? "" : progressHtml;
        css = css == null ? "" : css;
    }

    static ListCell text(String text, String css) {
        return new ListCell(Link.text(text), List.of(), "", css);
    }
}
