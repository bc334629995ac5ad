package io.github.postmortems.look;

/**
 * Confluence 9's colour themes as Atlassian's design tokens select them: {@code data-color-mode} on {@code <html>}
 * picks light or dark, {@code data-theme} maps each mode to the token theme to use ("mode:theme" pairs). AUI 9.13's
 * CSS switches from its original colours to the tokens as soon as {@code data-theme} is present.
 */
public enum Theme {
    LIGHT("light"),
    DARK("dark");

    private static final String TOKEN_THEMES = "dark:dark light:light";

    private final String colorMode;

    Theme(String colorMode) {
        this.colorMode = colorMode;
    }

    public String colorMode() {
        return colorMode;
    }

    public String dataTheme() {
        return TOKEN_THEMES;
    }

    /** The suffix of this theme's page and screenshot files. */
    public String suffix() {
        return colorMode;
    }
}
