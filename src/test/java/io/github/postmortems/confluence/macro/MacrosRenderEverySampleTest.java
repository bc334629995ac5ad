package io.github.postmortems.confluence.macro;

import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.StorageReader;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.github.postmortems.confluence.macro.MacroFixture.body;
import static io.github.postmortems.confluence.macro.MacroFixture.display;
import static io.github.postmortems.confluence.macro.MacroFixture.html;
import static io.github.postmortems.confluence.macro.MacroFixture.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Every sample page, good or broken, renders through both macros: the macro's own markup, never the failure box,
 * and a warning inside the macro for every warning the reader had.
 */
class MacrosRenderEverySampleTest {

    private final MacroFixture fixture = new MacroFixture();

    static Stream<String> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/samples"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xml")).sorted()
                    .toList();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void detailsMacroRendersTheSample(String name) {
        String storage = sample(name);
        String body = body(storage, "postmortem-details");
        Document card = html(fixture.detailsMacro().execute(Map.of(), body, display(storage)));
        assertNotNull(card.selectFirst(".pm-card[data-macro-name=postmortem-details]"), card.html());
        assertEquals(0, card.select(".pm-failure").size(), card.text());
        int expected = new StorageReader().readDetails(body, ReadingContext.inZone(ZoneOffset.UTC)
                .withPageTitle("Postmortem: sample page")).warnings().size();
        assertEquals(expected, card.select(".pm-warnings li").size(), card.text());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void timelineMacroRendersTheSample(String name) {
        String storage = sample(name);
        Document timeline = html(fixture.timelineMacro().execute(Map.of(), body(storage, "incident-timeline"),
                display(storage)));
        assertNotNull(timeline.selectFirst(".pm-timeline[data-macro-name=incident-timeline]"), timeline.html());
        assertEquals(0, timeline.select(".pm-failure").size(), timeline.text());
        assertFalse(timeline.html().contains("$timeline") || timeline.html().contains("$line"));
    }
}
