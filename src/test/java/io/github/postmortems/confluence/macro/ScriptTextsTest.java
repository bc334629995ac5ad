package io.github.postmortems.confluence.macro;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Confluence's jsI18n transform replaces {@code AJS.I18n.getText('literal.key', ...)} with the reader's text when it
 * serves a script; a key in a variable is left alone, and AUI's getText then answers the key itself.
 */
class ScriptTextsTest {

    private static final Pattern GET_TEXT = Pattern.compile("(?:AJS\\.)?I18n\\.getText(?:\\.apply)?\\s*\\(\\s*(.)");

    @Test
    void everyGetTextCallInOurScriptsNamesItsKeyLiterally() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> scripts = Files.list(Path.of("src/main/resources/js"))) {
            for (Path script : (Iterable<Path>) scripts.sorted()::iterator) {
                Matcher call = GET_TEXT.matcher(Files.readString(script));
                while (call.find()) {
                    if (!call.group(1).equals("'") && !call.group(1).equals("\"")) {
                        problems.add(script.getFileName() + ": " + call.group());
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
