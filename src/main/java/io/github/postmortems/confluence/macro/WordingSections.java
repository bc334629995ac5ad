package io.github.postmortems.confluence.macro;

import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.wording.Mentions;
import io.github.postmortems.wording.Place;
import io.github.postmortems.wording.WordingHint;
import io.github.postmortems.wording.WordingReport;
import io.github.postmortems.wording.WordingStore;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The details card's wording section for one viewer: the hints the index kept for the page, in the viewer's
 * language, for people who may edit the page only. Never reads the page: a page not indexed yet shows nothing.
 */
public class WordingSections {

    private final WordingStore store;
    private final People people;

    public WordingSections(WordingStore store, People people) {
        this.store = store;
        this.people = people;
    }

    /**
     * @param mayEdit whether the viewer may edit the page, asked only when the page has hints: readers never see
     *                the section, nor does static output (a PDF or an e-mail is read, not edited)
     */
    public WordingSection section(long pageId, BooleanSupplier mayEdit, Viewer viewer) {
        if (pageId <= 0 || viewer.staticOutput()) {
            return WordingSection.NONE;
        }
        WordingReport report = store.byPage(pageId);
        if (report.hints().isEmpty() || !mayEdit.getAsBoolean()) {
            return WordingSection.NONE;
        }
        List<WordingSection.WordingLine> lines = new ArrayList<>();
        for (WordingHint hint : report.hints()) {
            lines.add(new WordingSection.WordingLine(where(hint, viewer), viewer.text(hint.kind().labelKey()),
                    excerpt(hint, viewer), viewer.text(hint.kind().suggestionKey())));
        }
        return new WordingSection(
                viewer.text("postmortems.macros.details.wording.summary", String.valueOf(report.found())),
                viewer.text("postmortems.macros.details.wording.intro"), lines,
                report.more() > 0 ? viewer.text("postmortems.macros.details.wording.more",
                        String.valueOf(report.more())) : "");
    }

    private static String where(WordingHint hint, Viewer viewer) {
        if (hint.place() == Place.TEXT) {
            return hint.section().isEmpty() ? viewer.text(hint.place().labelKey()) : hint.section();
        }
        String table = viewer.text(hint.place().labelKey());
        return hint.section().isEmpty() ? table
                : viewer.text("postmortems.macros.details.wording.where", hint.section(), table);
    }

    private List<WordingSection.Piece> excerpt(WordingHint hint, Viewer viewer) {
        List<WordingSection.Piece> pieces = new ArrayList<>();
        add(pieces, hint.excerpt(), 0, hint.markFrom(), false, viewer);
        add(pieces, hint.excerpt(), hint.markFrom(), hint.markTo(), true, viewer);
        add(pieces, hint.excerpt(), hint.markTo(), hint.excerpt().length(), false, viewer);
        return pieces;
    }

    private void add(List<WordingSection.Piece> pieces, String excerpt, int from, int to, boolean marked,
                     Viewer viewer) {
        StringBuilder text = new StringBuilder();
        for (Mentions.Piece piece : Mentions.pieces(excerpt, from, to)) {
            text.append(piece.mention() ? "@" + name(piece.text(), viewer) : piece.text());
        }
        if (!text.isEmpty()) {
            pieces.add(new WordingSection.Piece(text.toString(), marked));
        }
    }

    /** The mentioned person's display name today; "someone" when the mention names nobody this site knows. */
    private String name(String mention, Viewer viewer) {
        UserRef who = mention.startsWith("k:") && mention.length() > 2 ? new UserRef.ByKey(mention.substring(2))
                : mention.startsWith("u:") && mention.length() > 2 ? new UserRef.ByUsername(mention.substring(2))
                : null;
        if (who == null) {
            return viewer.text("postmortems.macros.details.wording.someone");
        }
        Link person = people.link(who, viewer);
        // A key nobody has is no name to show; a user name typed in old content is.
        return !person.linked() && who instanceof UserRef.ByKey
                ? viewer.text("postmortems.macros.details.wording.someone") : person.text();
    }
}
