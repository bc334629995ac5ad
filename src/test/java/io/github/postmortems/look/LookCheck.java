package io.github.postmortems.look;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Opens a {@link LookPage} in Chromium at {@value #WIDTH} px, once per {@link Theme}: collects console errors,
 * uncaught exceptions and failed loads, finds what overflows horizontally, words broken inside, wrapped lozenges and
 * i18n keys shown as text, and saves a full-page screenshot as
 * {@code target/screenshots/<name>-<theme>.png}.
 */
public final class LookCheck {

    /** The narrowest desktop width Confluence lays out for. */
    public static final int WIDTH = 1024;
    private static final int HEIGHT = 768;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** The outermost offender of each branch, named by its path below #main-content. */
    private static final String OVERFLOWS = """
            (() => {
              const found = [];
              const root = document.documentElement;
              if (root.scrollWidth > root.clientWidth) {
                found.push({element: 'document', right: root.scrollWidth, limit: root.clientWidth});
              }
              const main = document.getElementById('main-content');
              const style = getComputedStyle(main);
              const limit = main.getBoundingClientRect().right
                  - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
              const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                  + [...el.classList].slice(0, 2).map(c => '.' + c).join('');
              const path = el => {
                const names = [];
                for (let at = el; at && at !== main; at = at.parentElement) names.unshift(name(at));
                return names.join(' > ');
              };
              const reported = [];
              for (const el of main.querySelectorAll('*')) {
                if (reported.some(outer => outer.contains(el))) continue;
                const box = el.getBoundingClientRect();
                if (box.width === 0 && box.height === 0) continue;
                if (box.right > limit + 0.5) {
                  reported.push(el);
                  found.push({element: path(el), right: box.right, limit: limit});
                }
              }
              return found;
            })()""";

    /**
     * What a reader would see as broken text in #main-content: a word split over two lines (break opportunities at
     * spaces, hyphens and slashes aside; a token over {@value #LONG_TOKEN} characters, a URL say, may break rather
     * than overflow), a lozenge over two lines, a text that is one of our i18n keys instead of its message, and a
     * macro that showed its failure panel instead of its content (a look test of an error message is no look test).
     */
    static final int LONG_TOKEN = 40;
    private static final String TEXT_PROBLEMS = """
            (() => {
              const found = [];
              const main = document.getElementById('main-content');
              const lines = range => new Set([...range.getClientRects()].filter(r => r.width > 0)
                  .map(r => Math.round(r.top))).size;
              const where = el => el.tagName.toLowerCase() + [...el.classList].slice(0, 2).map(c => '.' + c).join('');
              const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.parentElement.tagName)) continue; // never shown
                const text = node.nodeValue;
                const token = /[^\\s\\-\\/\\u2010-\\u2014]+/g;
                for (let m = token.exec(text); m; m = token.exec(text)) {
                  if (m[0].length > %d) continue;
                  const range = document.createRange();
                  range.setStart(node, m.index);
                  range.setEnd(node, m.index + m[0].length);
                  if (lines(range) > 1) found.push('word broken inside: "' + m[0] + '" in ' + where(node.parentElement));
                }
                const key = text.match(/\\bpostmortems\\.[a-z0-9-]+\\.[a-z0-9.-]*[a-z0-9]|io\\.github\\.postmortems\\.confluence\\.[a-z-]+\\.[a-z.]+/);
                if (key) found.push('i18n key shown: ' + key[0] + ' in ' + where(node.parentElement));
              }
              for (const failed of main.querySelectorAll('.pm-failure')) {
                found.push('macro failed to render: ' + failed.textContent.trim());
              }
              for (const lozenge of main.querySelectorAll('.aui-lozenge')) {
                const range = document.createRange();
                range.selectNodeContents(lozenge);
                if (lines(range) > 1) found.push('lozenge wrapped: "' + lozenge.textContent.trim() + '"');
              }
              return found;
            })()""".formatted(LONG_TOKEN);

    private final Chromium chromium;
    private final Path pages;
    private final Path screenshots;

    public LookCheck(Chromium chromium) {
        this(chromium, LookEnvironment.targetDirectory().resolve("look"),
                LookEnvironment.targetDirectory().resolve("screenshots"));
    }

    LookCheck(Chromium chromium, Path pages, Path screenshots) {
        this.chromium = chromium;
        this.pages = pages;
        this.screenshots = screenshots;
    }

    /** Looks at the page in light and dark, and fails with everything that is wrong in either. */
    public LookReport assertLooksRight(String name, LookPage page) {
        return assertLooksRight(name, page, WIDTH);
    }

    /** The same at another window width, such as 1280 px; the screenshots' names end in the width. */
    public LookReport assertLooksRight(String name, LookPage page, int width) {
        LookReport report = inspect(name, page, width);
        report.assertClean();
        return report;
    }

    /** Looks at the page in light and dark and reports what it saw, without judging. */
    public LookReport inspect(String name, LookPage page) {
        return inspect(name, page, WIDTH);
    }

    private LookReport inspect(String name, LookPage page, int width) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a look name is lower-case words joined by '-': " + name);
        }
        String shown = width == WIDTH ? name : name + "-" + width;
        List<ThemeLook> looks = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            looks.add(inspect(shown, page, theme, width));
        }
        return new LookReport(shown, looks);
    }

    private ThemeLook inspect(String name, LookPage page, Theme theme, int width) {
        Path file = page.write(pages, name, theme);
        Path screenshot = screenshots.resolve(name + "-" + theme.suffix() + ".png");
        try (BrowserPage tab = chromium.newPage()) {
            tab.viewport(width, HEIGHT).prefersColorScheme(theme.colorMode()).open(file);
            List<Overflow> overflows = overflows(tab.evaluate(OVERFLOWS));
            List<String> textProblems = new ArrayList<>();
            tab.evaluate(TEXT_PROBLEMS).getAsJsonArray().forEach(problem -> textProblems.add(problem.getAsString()));
            Files.createDirectories(screenshots);
            Files.write(screenshot, tab.screenshot());
            return new ThemeLook(theme, file, screenshot, tab.problems(), overflows, textProblems);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save " + screenshot, e);
        }
    }

    private static List<Overflow> overflows(JsonElement found) {
        List<Overflow> overflows = new ArrayList<>();
        for (JsonElement element : found.getAsJsonArray()) {
            JsonObject overflow = element.getAsJsonObject();
            overflows.add(new Overflow(overflow.get("element").getAsString(), overflow.get("right").getAsDouble(),
                    overflow.get("limit").getAsDouble()));
        }
        return overflows;
    }
}
