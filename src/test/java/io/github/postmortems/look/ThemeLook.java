package io.github.postmortems.look;

import java.nio.file.Path;
import java.util.List;

/**
 * What one theme of a look page showed: its screenshot, what the console said, what overflowed, and text a reader
 * would see broken (a word split over lines, a wrapped lozenge, an i18n key instead of its message).
 */
public record ThemeLook(Theme theme, Path page, Path screenshot, List<ConsoleProblem> console,
                        List<Overflow> overflows, List<String> textProblems) {

    public ThemeLook {
        console = List.copyOf(console);
        overflows = List.copyOf(overflows);
        textProblems = List.copyOf(textProblems);
    }

    /** Errors, uncaught exceptions and failed loads; warnings are kept in {@link #console()} but pass. */
    public List<ConsoleProblem> errors() {
        return console.stream().filter(ConsoleProblem::isError).toList();
    }

    public boolean clean() {
        return errors().isEmpty() && overflows.isEmpty() && textProblems.isEmpty();
    }
}
