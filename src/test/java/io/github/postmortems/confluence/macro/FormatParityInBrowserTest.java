package io.github.postmortems.confluence.macro;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import io.github.postmortems.look.Browser;
import io.github.postmortems.look.BrowserPage;
import io.github.postmortems.look.LookEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scripts fill in patterns from our bundles in the browser (postmortems-format.js); for every pattern of every bundle
 * that takes only numbers, in every language, with 0, 1, 2 and 7, it gives what Java's MessageFormat gives on the
 * server.
 */
class FormatParityInBrowserTest {

    @RegisterExtension
    static final Browser headless = Browser.plain();

    /** Arguments as plain, number or choice: what a script can fill in with counts. Dates are formatted server-side. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+(,(number|choice)[^{}]*)?");
    private static final Pattern ANY_ARGUMENT = Pattern.compile("\\{\\d+");

    private record Case(String where, String pattern, Integer[] args, String expected) {
    }

    @Test
    void fillsEveryNumericPatternOfEveryBundleAsMessageFormatDoes() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("i18n"))) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                Properties bundle = new Properties();
                try (InputStream in = Files.newInputStream(file)) {
                    bundle.load(in);
                }
                String name = file.getFileName().toString();
                Locale locale = name.contains("_") ? Locale.forLanguageTag(name.replaceAll(".*_(\\w+)\\..*", "$1"))
                        : Locale.ENGLISH;
                for (String key : bundle.stringPropertyNames()) {
                    String pattern = bundle.getProperty(key);
                    if (!numericOnly(pattern)) {
                        continue;
                    }
                    for (int n : new int[] {0, 1, 2, 7}) {
                        Integer[] args = {n, n, n, n, n, n};
                        cases.add(new Case(name + " " + key, pattern, args,
                                new MessageFormat(pattern, locale).format(args)));
                    }
                }
            }
        }
        assertTrue(cases.size() > 100, "found only " + cases.size() + " cases; is the bundle scan broken?");
        Gson gson = new Gson();
        Path page = LookEnvironment.targetDirectory().resolve("look/format-parity.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><script>"
                + Files.readString(Path.of("src/main/resources/js/postmortems-format.js")) + "</script></body></html>");

        try (BrowserPage browser = headless.chromium().newPage()) {
            browser.open(page);
            JsonArray results = browser.evaluate(gson.toJson(cases.stream().map(c -> List.of(c.pattern(),
                    List.of(c.args()))).toList()) + ".map(c => Postmortems.format(c[0], c[1]))").getAsJsonArray();

            List<String> differences = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                if (!c.expected().equals(results.get(i).getAsString())) {
                    differences.add(c.where() + " with " + c.args()[0] + ": \"" + results.get(i).getAsString()
                            + "\", MessageFormat \"" + c.expected() + "\"");
                }
            }
            assertEquals(List.of(), differences);
        }
    }

    private static boolean numericOnly(String pattern) {
        long all = ANY_ARGUMENT.matcher(pattern).results().count();
        return all > 0 && all == ARGUMENT.matcher(pattern).results().count() && !pattern.contains("'");
    }
}
