package io.github.postmortems.storage;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds one macro's markup in a page's storage format by scanning text, without parsing the page: from its
 * {@code <ac:structured-macro ac:name="…">} to the end tag that closes it, nested macros counted.
 */
final class MacroSlice {

    private static final Pattern TAG = Pattern.compile("<(/?)ac:(structured-macro|macro)\\b[^>]*?(/?)>");

    private MacroSlice() {
    }

    /** The first macro of that name, start tag to end tag; empty when absent or never closed. */
    static Optional<String> of(String storage, String macroName) {
        Pattern start = Pattern.compile("<ac:(structured-macro|macro)\\b[^>]*\\bac:name\\s*=\\s*[\"']"
                + Pattern.quote(macroName) + "[\"'][^>]*>");
        Matcher open = start.matcher(storage);
        if (!open.find()) {
            return Optional.empty();
        }
        if (open.group().endsWith("/>")) {
            return Optional.of(open.group());
        }
        Matcher tags = TAG.matcher(storage);
        tags.region(open.end(), storage.length());
        int depth = 1;
        while (tags.find()) {
            if (!tags.group(3).isEmpty()) {
                continue;
            }
            depth += tags.group(1).isEmpty() ? 1 : -1;
            if (depth == 0) {
                return Optional.of(storage.substring(open.start(), tags.end()));
            }
        }
        return Optional.empty();
    }
}
