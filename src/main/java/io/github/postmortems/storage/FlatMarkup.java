package io.github.postmortems.storage;

import org.jsoup.nodes.Entities;

import java.util.Arrays;
import java.util.Optional;

/**
 * Markup read in one pass into flat arrays, for the well-formed markup Confluence stores and renders: every element
 * opened by its own start tag and closed by its own end tag (or self-closed), lower-case names, quoted attribute
 * values, entities ended by {@code ;}. It reads into the same tree jsoup's XML parser builds from such markup, at a
 * fraction of the cost, and knows where every element was written. Anything else (comments, CDATA, a stray
 * {@code <}, a tag left open or closed out of order, an entity jsoup would read leniently) answers empty, and the
 * caller parses with jsoup.
 *
 * <p>Nodes are numbered in document order; node 0 is the root holding the whole markup. A node's subtree is the run
 * of numbers up to {@link #end}, so any walk is a loop over numbers: no recursion however deep the nesting.
 */
final class FlatMarkup {

    static final int ROOT = 0;

    private final String source;
    private int size;
    /** The element's name; null for a text node. */
    private String[] names;
    /** The text node's decoded text; null for an element. */
    private String[] texts;
    /** The last node of the subtree. */
    private int[] ends;
    private int[] parents;
    /** Where the start tag's {@code >} is, plus one: the content starts here. */
    private int[] contentStarts;
    /** Where the end tag's {@code </} is; -1 for a self-closed element. */
    private int[] contentEnds;
    private int[] firstAttributes;
    private int[] attributeCounts;
    private String[] keys = new String[64];
    private String[] values = new String[64];
    private int attributes;
    private final String[] nameCache = new String[512];

    private FlatMarkup(String source) {
        this.source = source;
        int capacity = Math.max(16, source.length() / 24);
        names = new String[capacity];
        texts = new String[capacity];
        ends = new int[capacity];
        parents = new int[capacity];
        contentStarts = new int[capacity];
        contentEnds = new int[capacity];
        firstAttributes = new int[capacity];
        attributeCounts = new int[capacity];
    }

    /** The markup read, or empty when it is not the plain, well-formed kind this reader takes. */
    static Optional<FlatMarkup> of(String markup) {
        FlatMarkup flat = new FlatMarkup(markup);
        return flat.read() ? Optional.of(flat) : Optional.empty();
    }

    String source() {
        return source;
    }

    int size() {
        return size;
    }

    boolean isElement(int node) {
        return names[node] != null;
    }

    /** The element's name as written (always lower case here); null for a text node. */
    String name(int node) {
        return names[node];
    }

    boolean named(int node, String name) {
        return name.equals(names[node]);
    }

    /** The text node's text, entities decoded. */
    String text(int node) {
        return texts[node];
    }

    /** The last node of the subtree under {@code node}; the node itself when it has no children. */
    int end(int node) {
        return ends[node];
    }

    int parent(int node) {
        return parents[node];
    }

    /** The first child, or -1. */
    int firstChild(int node) {
        return ends[node] > node ? node + 1 : -1;
    }

    /** The next sibling, or -1. */
    int nextSibling(int node) {
        int next = ends[node] + 1;
        return node != ROOT && next <= ends[parents[node]] ? next : -1;
    }

    /** The first child element of that name, or -1. */
    int child(int node, String name) {
        for (int c = firstChild(node); c >= 0; c = nextSibling(c)) {
            if (name.equals(names[c])) {
                return c;
            }
        }
        return -1;
    }

    boolean hasElementChildren(int node) {
        for (int c = firstChild(node); c >= 0; c = nextSibling(c)) {
            if (names[c] != null) {
                return true;
            }
        }
        return false;
    }

    boolean selfClosed(int node) {
        return contentEnds[node] < 0;
    }

    /** The element's content as written: from after its start tag to its end tag; "" when self-closed. */
    String innerMarkup(int node) {
        return contentEnds[node] < 0 ? "" : source.substring(contentStarts[node], contentEnds[node]);
    }

    int attributeCount(int node) {
        return names[node] == null ? 0 : attributeCounts[node];
    }

    String attributeKey(int node, int index) {
        return keys[firstAttributes[node] + index];
    }

    String attributeValue(int node, int index) {
        return values[firstAttributes[node] + index];
    }

    /** The attribute's value, "" when there is none; names are lower case, as the callers ask. */
    String attr(int node, String key) {
        int first = firstAttributes[node];
        for (int i = 0; i < attributeCount(node); i++) {
            if (key.equals(keys[first + i])) {
                return values[first + i];
            }
        }
        return "";
    }

    boolean hasAttr(int node, String key) {
        int first = firstAttributes[node];
        for (int i = 0; i < attributeCount(node); i++) {
            if (key.equals(keys[first + i])) {
                return true;
            }
        }
        return false;
    }

    /** Whether the class attribute names {@code className}, in any case, as jsoup's {@code hasClass} judges it. */
    boolean hasClass(int node, String className) {
        String classes = attr(node, "class");
        int length = classes.length();
        int wanted = className.length();
        if (length < wanted) {
            return false;
        }
        int start = 0;
        for (int i = 0; i <= length; i++) {
            if (i == length || Character.isWhitespace(classes.charAt(i))) {
                if (i - start == wanted && classes.regionMatches(true, start, className, 0, wanted)) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /** The text of the element's own text children, as written (jsoup's {@code wholeOwnText}). */
    String ownText(int node) {
        StringBuilder text = new StringBuilder();
        for (int c = firstChild(node); c >= 0; c = nextSibling(c)) {
            if (names[c] == null) {
                text.append(texts[c]);
            }
        }
        return text.toString();
    }

    /**
     * The text of an element holding only text, white space collapsed and trimmed as jsoup's {@code text()} does it
     * in an XML tree (where no element keeps its white space); callers make sure it has no child elements (for those
     * jsoup adds spaces by its own rules).
     */
    String normalizedText(int node) {
        StringBuilder text = new StringBuilder();
        boolean lastWhite = false;
        for (int c = firstChild(node); c >= 0; c = nextSibling(c)) {
            String t = texts[c];
            if (t == null) {
                continue;
            }
            for (int i = 0; i < t.length(); i++) {
                char ch = t.charAt(i);
                if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\f' || ch == '\r' || ch == '\u00a0') {
                    if (!lastWhite) {
                        text.append(' ');
                        lastWhite = true;
                    }
                } else if (ch != '\u200b' && ch != '\u00ad') {
                    text.append(ch);
                    lastWhite = false;
                }
            }
        }
        return text.toString().trim();
    }

    private boolean read() {
        String s = source;
        int length = s.length();
        int current = add(null, null, ROOT);
        contentStarts[current] = 0;
        int at = 0;
        while (at < length) {
            int open = s.indexOf('<', at);
            int textEnd = open < 0 ? length : open;
            if (textEnd > at) {
                String text = decode(at, textEnd);
                if (text == null) {
                    return false;
                }
                int node = add(null, text, current);
                ends[node] = node;
            }
            if (open < 0) {
                break;
            }
            if (open + 1 >= length) {
                return false;
            }
            char next = s.charAt(open + 1);
            if (next == '/') {
                int nameStart = open + 2;
                int nameEnd = nameEnd(nameStart);
                if (nameEnd == nameStart || current == ROOT
                        || !s.regionMatches(nameStart, names[current], 0, names[current].length())
                        || names[current].length() != nameEnd - nameStart) {
                    return false;
                }
                int close = skipWhite(nameEnd);
                if (close >= length || s.charAt(close) != '>') {
                    return false;
                }
                contentEnds[current] = open;
                ends[current] = size - 1;
                current = parents[current];
                at = close + 1;
            } else if (next >= 'a' && next <= 'z') {
                int nameEnd = nameEnd(open + 1);
                if (nameEnd >= length) {
                    return false;
                }
                int element = add(name(open + 1, nameEnd), null, current);
                firstAttributes[element] = attributes;
                int tagEnd = readAttributes(element, nameEnd);
                if (tagEnd < 0) {
                    return false;
                }
                if (s.charAt(tagEnd - 1) == '/') {
                    contentStarts[element] = tagEnd + 1;
                    contentEnds[element] = -1;
                    ends[element] = element;
                } else {
                    contentStarts[element] = tagEnd + 1;
                    current = element;
                }
                at = tagEnd + 1;
            } else {
                return false; // a comment, CDATA, a declaration, an upper-case name or a "<" in text
            }
        }
        if (current != ROOT) {
            return false;
        }
        ends[ROOT] = size - 1;
        contentEnds[ROOT] = length;
        return true;
    }

    /**
     * Reads the attributes after a start tag's name, up to its {@code >}; answers where that is, or -1 for anything
     * but {@code name="value"} pairs (or single quotes) apart by white space, ending in {@code >} or {@code />}.
     */
    private int readAttributes(int element, int from) {
        String s = source;
        int length = s.length();
        int at = from;
        while (true) {
            int next = skipWhite(at);
            if (next >= length) {
                return -1;
            }
            char c = s.charAt(next);
            if (c == '>') {
                return next;
            }
            if (c == '/') {
                return next + 1 < length && s.charAt(next + 1) == '>' ? next + 1 : -1;
            }
            if (next == at || c < 'a' || c > 'z') {
                return -1; // no space before it, or a name jsoup would read its own way
            }
            int keyEnd = nameEnd(next);
            int equals = skipWhite(keyEnd);
            if (equals >= length || s.charAt(equals) != '=') {
                return -1; // a boolean attribute
            }
            int quote = skipWhite(equals + 1);
            if (quote >= length || s.charAt(quote) != '"' && s.charAt(quote) != '\'') {
                return -1;
            }
            int close = s.indexOf(s.charAt(quote), quote + 1);
            if (close < 0) {
                return -1;
            }
            String key = name(next, keyEnd);
            int first = firstAttributes[element];
            for (int i = first; i < attributes; i++) {
                if (keys[i].equals(key)) {
                    return -1; // jsoup keeps the first of duplicates; rare enough to leave to it
                }
            }
            String value = decode(quote + 1, close);
            if (value == null) {
                return -1;
            }
            if (attributes == keys.length) {
                keys = Arrays.copyOf(keys, attributes * 2);
                values = Arrays.copyOf(values, attributes * 2);
            }
            keys[attributes] = key;
            values[attributes] = value;
            attributes++;
            attributeCounts[element]++;
            at = close + 1;
        }
    }

    /** Where a name of lower-case letters, digits, {@code : - _ .} ends; upper case ends it (and fails the tag). */
    private int nameEnd(int from) {
        String s = source;
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ':' || c == '-' || c == '_' || c == '.') {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private int skipWhite(int from) {
        String s = source;
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\f') {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** The name in {@code [from, to)}, one string per distinct name however often it is written. */
    private String name(int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + source.charAt(i);
        }
        int slot = hash & (nameCache.length - 1);
        String cached = nameCache[slot];
        if (cached != null && cached.length() == to - from && source.regionMatches(from, cached, 0, to - from)) {
            return cached;
        }
        String name = source.substring(from, to);
        nameCache[slot] = name;
        return name;
    }

    /**
     * The text in {@code [from, to)} with its entities decoded; null at anything jsoup reads leniently or specially:
     * an {@code &} not starting a known entity ended by {@code ;}, a control character, a carriage return, a NUL.
     */
    private String decode(int from, int to) {
        String s = source;
        int amp = -1;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < ' ' && c != '\n' && c != '\t') {
                return null;
            }
            if (c == '&' && amp < 0) {
                amp = i;
            }
        }
        if (amp < 0) {
            return s.substring(from, to);
        }
        StringBuilder out = new StringBuilder(to - from);
        out.append(s, from, amp);
        int i = amp;
        while (i < to) {
            char c = s.charAt(i);
            if (c != '&') {
                out.append(c);
                i++;
                continue;
            }
            int semicolon = s.indexOf(';', i + 1);
            if (semicolon < 0 || semicolon >= to || semicolon - i > 40) {
                return null;
            }
            if (i + 1 < semicolon && s.charAt(i + 1) == '#') {
                int codePoint = number(i + 2, semicolon);
                if (codePoint < 0) {
                    return null;
                }
                out.appendCodePoint(codePoint);
            } else {
                String name = s.substring(i + 1, semicolon);
                if (!entityName(name) || !Entities.isNamedEntity(name)) {
                    return null;
                }
                out.append(Entities.getByName(name));
            }
            i = semicolon + 1;
        }
        return out.toString();
    }

    /** Letters then digits, as jsoup reads an entity's name. */
    private static boolean entityName(String name) {
        int i = 0;
        while (i < name.length() && Character.isLetter(name.charAt(i)) && name.charAt(i) < 128) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        while (i < name.length() && name.charAt(i) >= '0' && name.charAt(i) <= '9') {
            i++;
        }
        return i == name.length();
    }

    /** A numeric reference's code point, or -1 for one jsoup reads by its own rules (controls, surrogates, 0x80-0x9F). */
    private int number(int from, int to) {
        String s = source;
        boolean hex = from < to && (s.charAt(from) == 'x' || s.charAt(from) == 'X');
        int start = hex ? from + 1 : from;
        if (start >= to || to - start > 6) {
            return -1;
        }
        int value = 0;
        for (int i = start; i < to; i++) {
            int digit = Character.digit(s.charAt(i), hex ? 16 : 10);
            if (digit < 0 || s.charAt(i) > 'f') {
                return -1;
            }
            value = value * (hex ? 16 : 10) + digit;
        }
        boolean plain = value >= 0x20 && value < 0x7f || value == '\t' || value == '\n'
                || value >= 0xa0 && value < 0xd800 || value > 0xdfff && value <= 0x10ffff;
        return plain ? value : -1;
    }

    private int add(String name, String text, int parent) {
        if (size == names.length) {
            int capacity = size * 2;
            names = Arrays.copyOf(names, capacity);
            texts = Arrays.copyOf(texts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            parents = Arrays.copyOf(parents, capacity);
            contentStarts = Arrays.copyOf(contentStarts, capacity);
            contentEnds = Arrays.copyOf(contentEnds, capacity);
            firstAttributes = Arrays.copyOf(firstAttributes, capacity);
            attributeCounts = Arrays.copyOf(attributeCounts, capacity);
        }
        int node = size++;
        names[node] = name;
        texts[node] = text;
        parents[node] = parent;
        ends[node] = node;
        attributeCounts[node] = 0;
        return node;
    }
}
