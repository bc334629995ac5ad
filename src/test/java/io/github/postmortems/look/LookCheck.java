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
 * uncaught exceptions and failed loads, finds what overflows horizontally, and saves a full-page screenshot as
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
        LookReport report = inspect(name, page);
        report.assertClean();
        return report;
    }

    /** Looks at the page in light and dark and reports what it saw, without judging. */
    public LookReport inspect(String name, LookPage page) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a look name is lower-case words joined by '-': " + name);
        }
        List<ThemeLook> looks = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            looks.add(inspect(name, page, theme));
        }
        return new LookReport(name, looks);
    }

    private ThemeLook inspect(String name, LookPage page, Theme theme) {
        Path file = page.write(pages, name, theme);
        Path screenshot = screenshots.resolve(name + "-" + theme.suffix() + ".png");
        try (BrowserPage tab = chromium.newPage()) {
            tab.viewport(WIDTH, HEIGHT).prefersColorScheme(theme.colorMode()).open(file);
            List<Overflow> overflows = overflows(tab.evaluate(OVERFLOWS));
            Files.createDirectories(screenshots);
            Files.write(screenshot, tab.screenshot());
            return new ThemeLook(theme, file, screenshot, tab.problems(), overflows);
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
