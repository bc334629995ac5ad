package io.github.postmortems.confluence.macro;

import java.io.Writer;

/**
 * Where a template renders to: a StringBuilder behind a Writer. StringWriter's StringBuffer takes a lock on every
 * write, and a long timeline is a megabyte of HTML written in small pieces.
 */
final class MacroOutput extends Writer {

    private final StringBuilder html;

    MacroOutput(int expectedChars) {
        this.html = new StringBuilder(expectedChars);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        html.append(chars, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) {
        html.append(text, offset, offset + length);
    }

    @Override
    public void write(String text) {
        html.append(text);
    }

    @Override
    public void write(int c) {
        html.append((char) c);
    }

    @Override
    public void flush() {
        // Nothing buffered beyond the builder itself.
    }

    @Override
    public void close() {
        // Nothing to release.
    }

    @Override
    public String toString() {
        return html.toString();
    }
}
