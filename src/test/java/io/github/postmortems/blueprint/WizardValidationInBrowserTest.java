package io.github.postmortems.blueprint;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the wizard's JavaScript in real headless Chromium (Debian's {@code chromium}) against the shared case table
 * and a form shaped like the Soy one. Without Chromium the test fails on CI ({@code CI=true}) and is skipped elsewhere.
 */
class WizardValidationInBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    private static JsonObject results;

    @BeforeAll
    static void runTheFixtureInChromium(@TempDir Path dir) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("Chromium is required on CI: apt-get install -y chromium (looked at " + CHROMIUM + ")");
            }
            assumeTrue(false, "Chromium not found at " + CHROMIUM + "; install Debian's chromium to run this test");
        }
        copy("/js/postmortem-wizard-validation.js", dir.resolve("postmortem-wizard-validation.js"));
        copy("/js/postmortem-wizard-form.js", dir.resolve("postmortem-wizard-form.js"));
        copy("/blueprint/wizard-fixture.html", dir.resolve("fixture.html"));
        Files.writeString(dir.resolve("cases.js"), "window.CASES = " + WizardCases.json() + ";\n",
                StandardCharsets.UTF_8);

        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--user-data-dir=" + dir.resolve("profile"),
                "--dump-dom", dir.resolve("fixture.html").toUri().toString())
                .redirectError(dir.resolve("chromium.log").toFile())
                .start();
        byte[] dom = chromium.getInputStream().readAllBytes();
        if (!chromium.waitFor(90, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            fail("Chromium did not finish within 90 s");
        }
        String text = Jsoup.parse(new String(dom, StandardCharsets.UTF_8)).getElementById("results") == null ? ""
                : Jsoup.parse(new String(dom, StandardCharsets.UTF_8)).getElementById("results").text();
        if (text.isEmpty()) {
            fail("No results in Chromium's DOM (exit " + chromium.exitValue() + "): "
                    + Files.readString(dir.resolve("chromium.log")));
        }
        results = JsonParser.parseString(text).getAsJsonObject();
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = WizardValidationInBrowserTest.class.getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
    }

    @Test
    void ranWithoutAScriptError() {
        assertNull(results.get("failure"));
    }

    @Test
    void answersEveryCaseOfTheSharedTableLikeTheServer() {
        List<WizardCases.Case> cases = WizardCases.all();
        assertEquals(cases.size(), results.getAsJsonArray("cases").size());
        for (int i = 0; i < cases.size(); i++) {
            JsonObject actual = results.getAsJsonArray("cases").get(i).getAsJsonObject();
            Map<String, String> errors = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> e : actual.getAsJsonObject("errors").entrySet()) {
                errors.put(e.getKey(), e.getValue().getAsString());
            }
            assertEquals(cases.get(i).errors(), errors, cases.get(i).name());
        }
    }

    @Test
    void showsAMessageBesideAFieldAsSoonAsItIsWrong() {
        JsonObject typing = results.getAsJsonObject("typing");
        assertEquals("msg:postmortems.blueprint.wizard.error.title-required",
                typing.get("titleClearedMessage").getAsString());
        assertEquals("true", typing.get("titleAriaInvalid").getAsString());
        assertEquals("msg:postmortems.blueprint.wizard.error.key-invalid", typing.get("keyMessage").getAsString());
        assertEquals("", typing.get("keyFixedMessage").getAsString());
        assertEquals("msg:postmortems.blueprint.wizard.error.detect-before-start",
                typing.get("detectMessage").getAsString());
    }

    @Test
    void waitsForSubmitBeforeJudgingFieldsNotYetTouched() {
        JsonObject typing = results.getAsJsonObject("typing");
        assertEquals("", typing.get("untouchedSeverityMessage").getAsString());
        assertFalse(typing.get("submitAllowed").getAsBoolean());
        assertEquals("msg:postmortems.blueprint.wizard.error.severity-unknown",
                typing.get("severityMessageAfterSubmit").getAsString());
    }

    @Test
    void offersTheBrowsersTimeZones() {
        JsonObject zones = results.getAsJsonObject("zones");
        assertTrue(zones.get("count").getAsInt() > 300, "zones: " + zones);
        assertTrue(zones.get("hasBerlin").getAsBoolean());
    }
}
