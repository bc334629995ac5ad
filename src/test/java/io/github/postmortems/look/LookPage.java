package io.github.postmortems.look;

import org.jsoup.nodes.Entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Confluence-like page around macro output: AUI's CSS and the design-token themes from npm, the page chrome of
 * {@code look/confluence-page.css} (space sidebar, content panel, {@code #main-content.wiki-content}), and any of the
 * plugin's own stylesheets. Fragments are inserted as they are: they are what a macro returned.
 */
public final class LookPage {

    private static final String CHROME_CSS = "look/confluence-page.css";
    /** Tokens first: AUI's CSS reads them. The compatibility sheet maps older token names onto current ones. */
    private static final List<String> AUI_STYLESHEETS = List.of(
            "aui-prototyping-design-tokens-base-themes-css.css",
            "aui-prototyping-design-tokens-compatibility.css",
            "aui-prototyping.css");

    private final String title;
    private final List<String> fragments;
    private final List<Path> stylesheets;
    private final boolean sidebarCollapsed;

    private LookPage(String title, List<String> fragments, List<Path> stylesheets, boolean sidebarCollapsed) {
        this.title = Objects.requireNonNull(title, "title");
        this.fragments = List.copyOf(fragments);
        this.stylesheets = List.copyOf(stylesheets);
        this.sidebarCollapsed = sidebarCollapsed;
    }

    /** A page with the space sidebar expanded: the least room Confluence gives a macro at a given width. */
    public static LookPage titled(String title) {
        return new LookPage(title, List.of(), List.of(), false);
    }

    /** The same page with the space sidebar collapsed to its narrow strip, as readers with little room keep it. */
    public LookPage withSidebarCollapsed() {
        return new LookPage(title, fragments, stylesheets, true);
    }

    /** Adds macro output to the page body, after what is there. */
    public LookPage fragment(String html) {
        List<String> more = new ArrayList<>(fragments);
        more.add(Objects.requireNonNull(html, "html"));
        return new LookPage(title, more, stylesheets, sidebarCollapsed);
    }

    /** Links one of the plugin's stylesheets (e.g. {@code src/main/resources/css/...}) after AUI's. */
    public LookPage stylesheet(Path css) {
        List<Path> more = new ArrayList<>(stylesheets);
        more.add(css.toAbsolutePath());
        return new LookPage(title, fragments, more, sidebarCollapsed);
    }

    /** Writes {@code <name>-<theme>.html} into the directory and returns its path. */
    public Path write(Path directory, String name, Theme theme) {
        Path auiDist = LookEnvironment.auiDist();
        try {
            Files.createDirectories(directory);
            Path chrome = directory.resolve("confluence-page.css");
            try (InputStream css = LookPage.class.getClassLoader().getResourceAsStream(CHROME_CSS)) {
                Files.copy(Objects.requireNonNull(css, CHROME_CSS + " is not on the test class path"), chrome,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            Path page = directory.resolve(name + "-" + theme.suffix() + ".html");
            Files.writeString(page, html(auiDist, chrome, theme), StandardCharsets.UTF_8);
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the look page " + name, e);
        }
    }

    String html(Path auiDist, Path chrome, Theme theme) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n")
                .append("<html lang=\"en\" data-color-mode=\"").append(theme.colorMode())
                .append("\" data-theme=\"").append(theme.dataTheme()).append("\">\n")
                .append("<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(Entities.escape(title)).append("</title>\n");
        for (String stylesheet : AUI_STYLESHEETS) {
            link(html, auiDist.resolve(stylesheet));
        }
        link(html, chrome);
        for (Path stylesheet : stylesheets) {
            link(html, stylesheet);
        }
        html.append("</head>\n<body>\n<div id=\"page\">\n")
                .append(sidebarCollapsed ? "<nav id=\"look-sidebar\" class=\"collapsed\"></nav>\n"
                        : "<nav id=\"look-sidebar\">Space sidebar</nav>\n")
                .append("<div id=\"main\" class=\"aui-page-panel-content\">\n")
                .append("<h1 id=\"title-text\">").append(Entities.escape(title)).append("</h1>\n")
                .append("<div id=\"main-content\" class=\"wiki-content\">\n");
        for (String fragment : fragments) {
            html.append(fragment).append('\n');
        }
        return html.append("</div>\n</div>\n</div>\n</body>\n</html>\n").toString();
    }

    private static void link(StringBuilder html, Path stylesheet) {
        html.append("<link rel=\"stylesheet\" href=\"")
                .append(Entities.escape(stylesheet.toUri().toString())).append("\">\n");
    }
}
