package io.github.postmortems.look;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The look harness itself: a page of AUI markup and design tokens reads in light and dark, and each check it makes
 * does fail when the page is wrong.
 */
class ChromiumLookTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private static final String SAMPLE = """
            <p>
              <span class="aui-lozenge aui-lozenge-error">SEV1</span>
              <span class="aui-lozenge aui-lozenge-moved">SEV2</span>
              <span class="aui-lozenge aui-lozenge-current aui-lozenge-subtle">In review</span>
              <span class="aui-lozenge aui-lozenge-success">Resolved</span>
              <span class="aui-icon aui-icon-small aui-iconfont-check">done</span>
            </p>
            <div style="padding: 12px 16px; border-radius: 3px;
                        background: var(--ds-background-accent-blue-subtlest, #e9f2ff);
                        border: 1px solid var(--ds-border-accent-blue, #1d7afc);
                        color: var(--ds-text, #172b4d)">
              Time to detect <strong>12 min</strong> · time to resolve <strong>1 h 12 min</strong>
              <span style="color: var(--ds-text-subtlest, #626f86)">(not set)</span>
            </div>
            <table class="aui">
              <thead><tr><th>Time</th><th>Event</th><th>Kind</th></tr></thead>
              <tbody>
                <tr><td>09:14</td><td>Checkout errors reach 30 %</td><td>impact</td></tr>
                <tr><td>09:26</td><td>On-call <a href="#">acknowledges the page</a></td><td>detect</td></tr>
                <tr><td>10:26</td><td>Rollback of release 4.2 completes</td><td>hotfix</td></tr>
              </tbody>
            </table>
            """;

    @RegisterExtension
    static final Browser headless = Browser.withAui();

    @Test
    void rendersAuiMarkupInLightAndDarkWithoutConsoleErrorsOrOverflow() throws IOException {
        LookReport report = headless.look().assertLooksRight("look-self-test",
                LookPage.titled("Look self-test").fragment(SAMPLE));

        for (Theme theme : Theme.values()) {
            Path screenshot = report.theme(theme).screenshot();
            assertEquals("look-self-test-" + theme.suffix() + ".png", screenshot.getFileName().toString());
            assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(Files.readAllBytes(screenshot), PNG_SIGNATURE.length));
            BufferedImage image = ImageIO.read(screenshot.toFile());
            assertEquals(LookCheck.WIDTH, image.getWidth(), theme + " screenshot width");
            assertTrue(image.getHeight() >= 300, theme + " screenshot is the whole page: " + image.getHeight());
        }
        double light = meanLuminance(report.theme(Theme.LIGHT).screenshot());
        double dark = meanLuminance(report.theme(Theme.DARK).screenshot());
        assertTrue(light > 0.8, "the light theme reads dark text on a light page: mean luminance " + light);
        assertTrue(dark < 0.3, "the dark theme reads light text on a dark page: mean luminance " + dark);
    }

    @Test
    void darkThemeTakesItsColoursFromTheDesignTokens() {
        try (BrowserPage page = headless.chromium().newPage()) {
            Path file = LookPage.titled("Tokens").fragment(SAMPLE)
                    .write(LookEnvironment.targetDirectory().resolve("look"), "look-tokens", Theme.DARK);
            page.open(file);

            assertEquals("#1d2125", page.evaluate(
                    "getComputedStyle(document.documentElement).getPropertyValue('--ds-surface').trim()")
                    .getAsString());
            assertEquals("rgb(29, 33, 37)", page.evaluate("getComputedStyle(document.body).backgroundColor")
                    .getAsString());
        }
    }

    @Test
    void overflowCheckCatchesAnElementWiderThanTheContent() {
        LookReport report = headless.look().inspect("look-overflow",
                LookPage.titled("Too wide").fragment("<div class=\"too-wide\" style=\"width: 2000px\">wide</div>"));

        for (Theme theme : Theme.values()) {
            ThemeLook seen = report.theme(theme);
            assertTrue(seen.overflows().stream().anyMatch(o -> o.element().equals("document")), seen.toString());
            assertTrue(seen.overflows().stream().anyMatch(o -> o.element().equals("div.too-wide")), seen.toString());
            assertTrue(seen.errors().isEmpty(), seen.toString());
        }
        AssertionError failure = assertThrows(AssertionError.class, report::assertClean);
        assertTrue(failure.getMessage().contains("div.too-wide ends at"), failure.getMessage());
    }

    @Test
    void overflowCheckNamesOnlyTheOutermostOffenderInsideTheContentBox() {
        LookReport report = headless.look().inspect("look-overflow-nested", LookPage.titled("Nested").fragment("""
                <div class="card" style="width: 900px"><table class="aui"><tr><td>cell</td></tr></table></div>"""));

        List<String> offenders = report.theme(Theme.LIGHT).overflows().stream().map(Overflow::element)
                .filter(element -> !element.equals("document")).toList();
        assertEquals(List.of("div.card"), offenders);
    }

    @Test
    void collapsingTheSidebarGivesTheContentTheRoomTheExpandedSidebarTakes() {
        LookPage card = LookPage.titled("Card").fragment("<div class=\"card\" style=\"width: 800px\">card</div>");

        assertFalse(headless.look().inspect("look-sidebar-expanded", card).clean());
        headless.look().assertLooksRight("look-sidebar-collapsed", card.withSidebarCollapsed());
    }

    @Test
    void linksThePluginsStylesheetsAndReportsOneThatIsMissing() throws IOException {
        Path css = LookEnvironment.targetDirectory().resolve("look").resolve("look-plugin-sample.css");
        Files.createDirectories(css.getParent());
        Files.writeString(css, ".look-plugin-sample { width: 3000px; }");
        LookPage page = LookPage.titled("Plugin CSS").fragment("<div class=\"look-plugin-sample\">styled</div>");

        LookReport styled = headless.look().inspect("look-plugin-css", page.stylesheet(css));
        LookReport missing = headless.look().inspect("look-plugin-css-missing",
                page.stylesheet(css.resolveSibling("gone.css")));

        assertTrue(styled.theme(Theme.LIGHT).overflows().stream()
                .anyMatch(o -> o.element().equals("div.look-plugin-sample")), styled.toString());
        assertTrue(missing.theme(Theme.LIGHT).errors().stream().anyMatch(e -> e.source().endsWith("gone.css")),
                missing.toString());
    }

    @Test
    void textCheckCatchesAWordBrokenInsideAWrappedLozengeAndAnI18nKey() {
        LookReport report = headless.look().inspect("look-broken-text", LookPage.titled("Broken text").fragment("""
                <table class="aui" style="width: 300px; table-layout: fixed"><tr>
                  <td style="width: 40px; overflow-wrap: anywhere">Detect Platform</td>
                  <td style="width: 40px"><span class="aui-lozenge">In progress</span></td>
                  <td>postmortems.countermeasures.create.partly</td>
                  <td style="width: 70px">hyphen-ated words/split</td></tr></table>
                <div class="aui-message aui-message-error pm-failure"><p>The macro could not be shown.</p></div>"""));

        List<String> problems = report.theme(Theme.LIGHT).textProblems();
        assertTrue(problems.contains("word broken inside: \"Platform\" in td"), problems.toString());
        assertTrue(problems.contains("lozenge wrapped: \"In progress\""), problems.toString());
        assertTrue(problems.contains("macro failed to render: The macro could not be shown."), problems.toString());
        assertTrue(problems.contains("i18n key shown: postmortems.countermeasures.create.partly in td"),
                problems.toString());
        assertFalse(problems.stream().anyMatch(p -> p.contains("\"hyphen\"") || p.contains("\"split\"")),
                problems.toString());
        assertThrows(AssertionError.class, report::assertClean);
    }

    @Test
    void consoleCheckCatchesAConsoleError() {
        LookReport report = headless.look().inspect("look-console-error",
                LookPage.titled("Console").fragment("<script>console.error('x')</script>"));

        for (Theme theme : Theme.values()) {
            ThemeLook seen = report.theme(theme);
            assertEquals(1, seen.errors().size(), seen.toString());
            assertEquals(ConsoleProblem.Kind.CONSOLE, seen.errors().get(0).kind());
            assertEquals("x", seen.errors().get(0).text());
        }
        assertThrows(AssertionError.class, report::assertClean);
    }

    @Test
    void consoleCheckCatchesAnUncaughtExceptionAndAFailedLoad() {
        LookReport report = headless.look().inspect("look-broken", LookPage.titled("Broken")
                .fragment("<script>throw new Error('macro script broke')</script>")
                .fragment("<img src=\"no-such-image.png\" alt=\"missing\">"));

        ThemeLook seen = report.theme(Theme.LIGHT);
        assertTrue(seen.errors().stream().anyMatch(e -> e.kind() == ConsoleProblem.Kind.EXCEPTION
                && e.text().contains("macro script broke")), seen.toString());
        assertTrue(seen.errors().stream().anyMatch(e -> e.kind() == ConsoleProblem.Kind.LOG
                && e.source().endsWith("no-such-image.png")), seen.toString());
    }

    @Test
    void closingChromiumEndsTheBrowserAndEveryHelperProcess() {
        List<ProcessHandle> before = chromiumChildren();
        ProcessHandle browser;
        List<ProcessHandle> helpers;
        try (Chromium second = Chromium.launch()) {
            second.newPage().open(LookPage.titled("Helpers").fragment(SAMPLE)
                    .write(LookEnvironment.targetDirectory().resolve("look"), "look-helpers", Theme.LIGHT));
            List<ProcessHandle> started = chromiumChildren();
            started.removeAll(before);
            assertEquals(1, started.size(), "one browser process: " + started);
            browser = started.get(0);
            helpers = browser.descendants().toList();
            assertFalse(helpers.isEmpty(), "a page runs in a renderer process of its own");
        }

        assertTrue(gone(browser), "browser " + browser.pid() + " is still there");
        helpers.forEach(helper -> assertTrue(gone(helper), "helper " + helper.pid() + " is still there"));
    }

    private static List<ProcessHandle> chromiumChildren() {
        return ProcessHandle.current().children()
                .filter(child -> child.info().command().orElse("").contains("chromium"))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /** Neither running nor a zombie: whoever its parent was has reaped it. */
    private static boolean gone(ProcessHandle process) {
        return !Files.exists(Path.of("/proc", Long.toString(process.pid())));
    }

    private static double meanLuminance(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        double sum = 0;
        int samples = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                int rgb = image.getRGB(x, y);
                sum += (0.2126 * ((rgb >> 16) & 0xff) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff)) / 255;
                samples++;
            }
        }
        return sum / samples;
    }
}
