package io.github.postmortems.storage;

import io.github.postmortems.postmortem.BundledLanguages;
import io.github.postmortems.postmortem.Warning;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every sample reads without an exception, and every warning it gives can be shown in every language. */
class AllSamplesTest {

    private static final Properties ENGLISH = Labels.read(BundledLanguages.bundlePath(BundledLanguages.REFERENCE));

    static List<String> samples() {
        List<String> names = Samples.names();
        assertTrue(names.size() >= 12, "expected at least 12 samples, found " + names);
        return names;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void readsSampleAndExplainsEveryWarningInTheBundles(String name) {
        List<Warning> warnings = read(name);
        for (Warning warning : warnings) {
            assertTrue(ENGLISH.containsKey(warning.key()), name + ": no message for " + warning);
            assertFalse(warning.where().table().isEmpty(), name + ": warning points at no table: " + warning);
            if (warning.where().column() != null) {
                assertTrue(ENGLISH.containsKey(warning.where().column()), name + ": unknown column in " + warning);
            }
            warning.args().stream().filter(arg -> arg.startsWith("postmortems."))
                    .forEach(arg -> assertTrue(ENGLISH.containsKey(arg), name + ": unknown key argument " + arg));
        }
    }

    /** View HTML samples are macro bodies, named after the macro that receives them; the rest are whole pages. */
    static List<Warning> read(String name) {
        StorageReader reader = new StorageReader();
        ReadingContext context = ReadingContext.inZone(ZoneOffset.UTC).withPageTitle("Sample page");
        String markup = Samples.read(name);
        if (name.startsWith("view-timeline")) {
            return reader.readTimeline(markup, context).warnings();
        }
        if (name.startsWith("view-countermeasures")) {
            return reader.readCountermeasures(markup, context).warnings();
        }
        if (name.startsWith("view-details")) {
            return reader.readDetails(markup, context).warnings();
        }
        return reader.readPage(markup, context).warnings();
    }
}
