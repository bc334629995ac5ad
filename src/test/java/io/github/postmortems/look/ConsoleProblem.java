package io.github.postmortems.look;

/**
 * Something a page reported that a clean page would not: a console error or warning, an uncaught exception, or a
 * resource that failed to load.
 *
 * @param kind   where Chromium reported it
 * @param level  "error" or "warning"
 * @param text   the message as Chromium gave it
 * @param source the URL (and line, when known) it came from, or "" when Chromium did not say
 */
public record ConsoleProblem(Kind kind, String level, String text, String source) {

    public enum Kind { CONSOLE, EXCEPTION, LOG }

    public boolean isError() {
        return "error".equals(level);
    }

    @Override
    public String toString() {
        return kind + " " + level + ": " + text + (source.isEmpty() ? "" : " (" + source + ")");
    }
}
