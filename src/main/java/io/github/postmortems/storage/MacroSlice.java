package io.github.postmortems.storage;

import java.util.Optional;

/**
 * Finds one macro's markup in a page's storage format by scanning text, without parsing the page: from its
 * {@code <ac:structured-macro ac:name="…">} to the end tag that closes it, nested macros counted.
 *
 * <p>One pass that looks at each character a bounded number of times, whatever the page holds: a regex that looked
 * for the start tag retried from every {@code <ac:macro } in a code block and took minutes on a crafted page. Tags
 * are read as the parser reads them: comments and CDATA sections (code blocks) hold text, not tags, and a quoted
 * attribute value may hold {@code <} and {@code >}.
 */
final class MacroSlice {

    private static final String COMMENT_OPEN = "<!--";
    private static final String COMMENT_CLOSE = "-->";
    private static final String CDATA_OPEN = "<![CDATA[";
    private static final String CDATA_CLOSE = "]]>";
    private static final String[] MACRO_TAGS = {"ac:structured-macro", "ac:macro"};

    private MacroSlice() {
    }

    /** The first macro of that name, start tag to end tag; empty when absent or never closed. */
    static Optional<String> of(String storage, String macroName) {
        int start = -1;
        int depth = 0;
        int at = 0;
        while (true) {
            int open = storage.indexOf('<', at);
            if (open < 0) {
                return Optional.empty();
            }
            if (storage.startsWith(COMMENT_OPEN, open)) {
                at = after(storage, COMMENT_CLOSE, open + COMMENT_OPEN.length());
            } else if (storage.startsWith(CDATA_OPEN, open)) {
                at = after(storage, CDATA_CLOSE, open + CDATA_OPEN.length());
            } else if (!startsTag(storage, open)) {
                at = open + 1;
            } else {
                int end = tagEnd(storage, open);
                if (end < 0) {
                    return Optional.empty();
                }
                boolean closing = open + 1 < storage.length() && storage.charAt(open + 1) == '/';
                int nameEnd = macroNameEnd(storage, closing ? open + 2 : open + 1);
                boolean selfClosing = storage.charAt(end - 1) == '/';
                if (nameEnd >= 0 && start < 0 && !closing
                        && macroName.equals(attribute(storage, nameEnd, end, "ac:name"))) {
                    if (selfClosing) {
                        return Optional.of(storage.substring(open, end + 1));
                    }
                    start = open;
                    depth = 1;
                } else if (nameEnd >= 0 && start >= 0 && !selfClosing) {
                    depth += closing ? -1 : 1;
                    if (depth == 0) {
                        return Optional.of(storage.substring(start, end + 1));
                    }
                }
                at = end + 1;
            }
            if (at < 0) {
                return Optional.empty();
            }
        }
    }

    /** Just past the next {@code marker} from {@code from}; -1 when the page ends first. */
    private static int after(String storage, String marker, int from) {
        int found = storage.indexOf(marker, from);
        return found < 0 ? -1 : found + marker.length();
    }

    /** Where a macro tag's name ends when one starts at {@code from}; -1 for any other tag. */
    private static int macroNameEnd(String storage, int from) {
        for (String name : MACRO_TAGS) {
            int end = from + name.length();
            if (storage.startsWith(name, from) && end < storage.length() && isNameEnd(storage.charAt(end))) {
                return end;
            }
        }
        return -1;
    }

    /** The {@code >} that ends the tag opened at {@code open}, quoted attribute values skipped; -1 when none. */
    static int tagEnd(String storage, int open) {
        boolean valueNext = false; // a quote starts a value only right after '=', as the parser's tokenizer reads it
        for (int i = open + 1; i < storage.length(); i++) {
            char c = storage.charAt(i);
            if (valueNext && (c == '"' || c == '\'')) {
                i = storage.indexOf(c, i + 1); // the value's end found at once: links and classes are long
                if (i < 0) {
                    return -1;
                }
                valueNext = false;
            } else if (c == '>') {
                return i;
            } else if (c == '=') {
                valueNext = true;
            } else if (!Character.isWhitespace(c)) {
                valueNext = false;
            }
        }
        return -1;
    }

    /** Whether the {@code <} at {@code at} starts a tag; before anything else ("a < b") it is text. */
    private static boolean startsTag(String storage, int at) {
        if (at + 1 >= storage.length()) {
            return false;
        }
        char next = storage.charAt(at + 1);
        return Character.isLetter(next) || next == '/' || next == '!' || next == '?';
    }

    /** The value of attribute {@code name} among the attributes in {@code [from, end)}; null when absent. */
    private static String attribute(String storage, int from, int end, String name) {
        int i = from;
        while (i < end) {
            while (i < end && (Character.isWhitespace(storage.charAt(i)) || storage.charAt(i) == '/')) {
                i++;
            }
            int nameStart = i;
            while (i < end && !isNameEnd(storage.charAt(i)) && storage.charAt(i) != '=') {
                i++;
            }
            String attribute = storage.substring(nameStart, i);
            while (i < end && Character.isWhitespace(storage.charAt(i))) {
                i++;
            }
            String value = "";
            if (i < end && storage.charAt(i) == '=') {
                i++;
                while (i < end && Character.isWhitespace(storage.charAt(i))) {
                    i++;
                }
                int valueStart = i;
                if (i < end && (storage.charAt(i) == '"' || storage.charAt(i) == '\'')) {
                    int close = storage.indexOf(storage.charAt(i), i + 1);
                    valueStart = i + 1;
                    i = close < 0 || close > end ? end : close;
                    value = storage.substring(valueStart, i);
                    i++;
                } else {
                    while (i < end && !isNameEnd(storage.charAt(i))) {
                        i++;
                    }
                    value = storage.substring(valueStart, i);
                }
            }
            if (attribute.equals(name)) {
                return value;
            }
            if (i == nameStart) {
                i++; // a stray character: step over it so the loop always moves on
            }
        }
        return null;
    }

    private static boolean isNameEnd(char c) {
        return c == '>' || c == '/' || Character.isWhitespace(c);
    }
}
