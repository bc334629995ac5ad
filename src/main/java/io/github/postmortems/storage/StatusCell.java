package io.github.postmortems.storage;

import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.postmortem.Warning;
import io.github.postmortems.review.Verification;
import io.github.postmortems.text.Markup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A countermeasure row's Status cell, where people record what Jira cannot say: "Verified 2026-11-12 @kim: error rate
 * back to normal" or "Won't do 2026-11-12 @kim: replaced by the new queue". The board writes it as Confluence's status
 * lozenge, a date lozenge, a mention, a colon and the note; people may type it too. It is read in every bundled
 * language, in storage format and as Confluence renders it (a lozenge reads as its title, a date as its ISO value).
 * Anything else in the cell ("In progress") is the team's own note and says nothing here.
 */
public final class StatusCell {

    public static final String VERIFIED = "postmortems.countermeasures.state.cell.verified";
    public static final String WONT_DO = "postmortems.countermeasures.state.cell.wont-do";
    static final String INCOMPLETE = "postmortems.countermeasures.state.warning.incomplete";
    static final String NOTE_CUT = "postmortems.countermeasures.state.warning.note-cut";

    /** The longest label is a few words ("Wird nicht umgesetzt"); more are never tried. */
    private static final int LABEL_WORDS = 4;

    private StatusCell() {
    }

    /**
     * What the cell says, or empty (with a warning when it names a state but lacks its date, person or note).
     * Linear in the cell's text: a few label prefixes, then one scan.
     */
    static Optional<Verification> read(Cell cell, int row, Labels labels, List<Warning> warnings) {
        String text = cell.text();
        Optional<Said> said = said(text, labels);
        if (said.isEmpty()) {
            return Optional.empty();
        }
        String rest = text.substring(said.get().end());
        int colon = rest.indexOf(':');
        String head = colon < 0 ? rest : rest.substring(0, colon);
        String note = colon < 0 ? "" : rest.substring(colon + 1).strip();
        Optional<LocalDate> on = isoDate(head);
        Optional<UserRef> by = person(cell, head, on);
        if (on.isEmpty() || by.isEmpty() || note.isEmpty()) {
            warnings.add(at(row, INCOMPLETE, cut(text, 80)));
            return Optional.empty();
        }
        if (note.length() > Verification.MAX_NOTE) {
            warnings.add(at(row, NOTE_CUT, String.valueOf(Verification.MAX_NOTE)));
            note = cut(note, Verification.MAX_NOTE);
        }
        return Optional.of(new Verification(said.get().kind(), on.get(), by.get(), note));
    }

    /**
     * The cell's content as the board writes it, in storage format: everything escaped.
     *
     * @param title the state's word in the editor's language ({@link #VERIFIED} or {@link #WONT_DO})
     */
    public static String markup(Verification said, String title) {
        String colour = said.kind() == Verification.Kind.VERIFIED ? "Green" : "Grey";
        return "<p><ac:structured-macro ac:name=\"status\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"colour\">" + colour + "</ac:parameter>"
                + "<ac:parameter ac:name=\"title\">" + Markup.escape(title) + "</ac:parameter></ac:structured-macro> "
                + "<time datetime=\"" + said.on() + "\" /> " + mention(said.by()) + ": " + Markup.escape(said.note())
                + "</p>";
    }

    /** The i18n key of the state's word the board writes. */
    public static String titleKey(Verification.Kind kind) {
        return kind == Verification.Kind.VERIFIED ? VERIFIED : WONT_DO;
    }

    private static String mention(UserRef user) {
        if (user instanceof UserRef.ByKey byKey) {
            return "<ac:link><ri:user ri:userkey=\"" + Markup.escape(byKey.userKey()) + "\" /></ac:link>";
        }
        if (user instanceof UserRef.ByUsername byName) {
            return "<ac:link><ri:user ri:username=\"" + Markup.escape(byName.username()) + "\" /></ac:link>";
        }
        return Markup.escape(user.fallbackText());
    }

    private record Said(Verification.Kind kind, int end) {
    }

    /** The state the cell's first words name, longest first, and where those words end. */
    private static Optional<Said> said(String text, Labels labels) {
        List<Integer> ends = new ArrayList<>(LABEL_WORDS);
        int i = 0;
        while (ends.size() < LABEL_WORDS && i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != ':') {
                i++;
            }
            if (i == start) {
                break; // a colon: the label ends here
            }
            ends.add(i);
        }
        for (int k = ends.size() - 1; k >= 0; k--) {
            Optional<String> key = labels.match(text.substring(0, ends.get(k)), Set.of(VERIFIED, WONT_DO));
            if (key.isPresent()) {
                return Optional.of(new Said(key.get().equals(VERIFIED) ? Verification.Kind.VERIFIED
                        : Verification.Kind.WONT_DO, ends.get(k)));
            }
        }
        return Optional.empty();
    }

    /** The first word written as an ISO date: what a date lozenge reads as, and what the board writes. */
    private static Optional<LocalDate> isoDate(String head) {
        for (String word : head.strip().split("\\s+")) {
            if (word.length() == 10 && word.charAt(4) == '-' && word.charAt(7) == '-') {
                try {
                    return Optional.of(LocalDate.parse(word));
                } catch (DateTimeParseException notADate) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The person mentioned in the cell; without a mention, the name typed between the date and the colon. */
    private static Optional<UserRef> person(Cell cell, String head, Optional<LocalDate> on) {
        for (UserRef user : cell.users()) {
            if (!(user instanceof UserRef.Named)) {
                return Optional.of(user);
            }
        }
        String typed = on.map(date -> head.replace(date.toString(), "")).orElse(head).strip();
        return typed.isEmpty() ? Optional.empty() : Optional.of(new UserRef.Named(cut(typed, 200)));
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "\u2026";
    }

    private static Warning at(int row, String key, String... args) {
        return Warning.at(Warning.Location.cell(MacroNames.COUNTERMEASURES, row, CountermeasureColumn.STATUS.key()),
                key, args);
    }
}
