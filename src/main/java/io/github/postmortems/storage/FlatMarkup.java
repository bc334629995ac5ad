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

    // What the readers ask of every element, found as it is read (see flags): by its name...
    static final int SKIPPED = 1;
    static final int BLOCK = 1 << 1;
    static final int MACRO = 1 << 2;
    static final int TIME = 1 << 3;
    static final int RI_USER = 1 << 4;
    static final int AC_LINK = 1 << 5;
    static final int TABLE = 1 << 6;
    static final int ROW = 1 << 7;
    static final int CELL = 1 << 8;
    static final int ROW_PARENT = 1 << 9;
    static final int TASK = 1 << 10;
    static final int PARAMETER = 1 << 11;
    static final int SPAN = 1 << 12;
    static final int LIST_ITEM = 1 << 13;
    // ...and how an event's text is written through the allowlist (see FlatEventText): an element the HTML parser
    // inserts as written, a void one, one that closes an open paragraph, one that scopes list items...
    static final int AS_WRITTEN = 1 << 14;
    static final int VOID = 1 << 15;
    static final int CLOSES_PARAGRAPH = 1 << 22;
    static final int LIST_ITEM_SCOPE = 1 << 23;
    // ...by its attributes...
    static final int DATETIME = 1 << 16;
    static final int DATA_JIRA_KEY = 1 << 17;
    static final int JIRA_KEY = 1 << 18;
    static final int DATA_USERNAME = 1 << 19;
    static final int DATA_USER_KEY = 1 << 20;
    static final int DATA_INLINE_TASK_ID = 1 << 21;
    // ...and by its classes.
    static final int USERLINK_CLASS = 1 << 24;
    static final int USER_MENTION_CLASS = 1 << 25;
    static final int STATUS_MACRO_CLASS = 1 << 26;
    static final int INLINE_TASK_LIST_CLASS = 1 << 27;
    /** A user mention in either dialect, judged by its own name and attributes. */
    static final int MENTION = RI_USER | USERLINK_CLASS | USER_MENTION_CLASS | DATA_USERNAME | DATA_USER_KEY;

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
    private int[] flags;
    private String[] keys;
    /** The attribute's value, decoded; null until asked for when it holds no entity (most are never asked for). */
    private String[] values;
    private int[] valueStarts;
    private int[] valueEnds;
    private int attributes;
    private final String[] nameCache = new String[256];
    private final int[] nameFlags = new int[256];
    private final int[] keyFlags = new int[256];
    /** The flags of the name {@link #name} answered last: as an element's, and as an attribute's. */
    private int lastNameFlags;
    private int lastKeyFlags;

    private FlatMarkup(String source) {
        this.source = source;
        int tags = 0;
        for (int at = source.indexOf('<'); at >= 0; at = source.indexOf('<', at + 1)) {
            tags++;
        }
        // Every attribute has its "=", so there are no more attributes than those: the arrays never grow.
        int equals = 0;
        for (int at = source.indexOf('='); at >= 0; at = source.indexOf('=', at + 1)) {
            equals++;
        }
        int attributeCapacity = 8 + equals;
        keys = new String[attributeCapacity];
        values = new String[attributeCapacity];
        valueStarts = new int[attributeCapacity];
        valueEnds = new int[attributeCapacity];
        // A start and an end tag make one element, with text between some tags: rarely more nodes than tags.
        int capacity = 16 + tags;
        names = new String[capacity];
        texts = new String[capacity];
        ends = new int[capacity];
        parents = new int[capacity];
        contentStarts = new int[capacity];
        contentEnds = new int[capacity];
        firstAttributes = new int[capacity];
        attributeCounts = new int[capacity];
        flags = new int[capacity];
    }

    /** The markup read, or empty when it is not the plain, well-formed kind this reader takes. */
    static Optional<FlatMarkup> of(String markup) {
        FlatMarkup flat = new FlatMarkup(markup);
        return flat.read() ? Optional.of(flat) : Optional.empty();
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

    /** What the readers ask of the element (the constants above); 0 for a text node. */
    int flags(int node) {
        return flags[node];
    }

    boolean is(int node, int flag) {
        return (flags[node] & flag) != 0;
    }

    /** The text node's text, entities decoded. */
    String text(int node) {
        String text = texts[node];
        if (text == null) {
            text = source.substring(contentStarts[node], contentEnds[node]);
            texts[node] = text;
        }
        return text;
    }

    /** Appends the text node's text, entities decoded, without making a string of it when it has none. */
    void appendText(int node, StringBuilder out) {
        if (texts[node] != null) {
            out.append(texts[node]);
        } else {
            out.append(source, contentStarts[node], contentEnds[node]);
        }
    }

    /**
     * Hands the text node's text, entities decoded, to {@code to} as a string and a range of it, without making a
     * string of it when it has none.
     */
    <T> T withText(int node, TextRange<T> to) {
        String text = texts[node];
        return text != null ? to.range(text, 0, text.length()) : to.range(source, contentStarts[node], contentEnds[node]);
    }

    /** The same for the value of the element's {@code index}th attribute. */
    <T> T withAttributeValue(int node, int index, TextRange<T> to) {
        int attribute = firstAttributes[node] + index;
        String value = values[attribute];
        return value != null ? to.range(value, 0, value.length())
                : to.range(source, valueStarts[attribute], valueEnds[attribute]);
    }

    /** What is done with a range of a string. */
    interface TextRange<T> {
        T range(String text, int from, int to);
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

    /** How long the element's content is as written. */
    int innerLength(int node) {
        return contentEnds[node] < 0 ? 0 : contentEnds[node] - contentStarts[node];
    }

    int attributeCount(int node) {
        return names[node] == null ? 0 : attributeCounts[node];
    }

    String attributeKey(int node, int index) {
        return keys[firstAttributes[node] + index];
    }

    String attributeValue(int node, int index) {
        return value(firstAttributes[node] + index);
    }

    /** The attribute's value, "" when there is none; names are lower case, as the callers ask. */
    String attr(int node, String key) {
        int first = firstAttributes[node];
        for (int i = 0; i < attributeCount(node); i++) {
            if (key.equals(keys[first + i])) {
                return value(first + i);
            }
        }
        return "";
    }

    private String value(int attribute) {
        String value = values[attribute];
        if (value == null) {
            value = source.substring(valueStarts[attribute], valueEnds[attribute]);
            values[attribute] = value;
        }
        return value;
    }

    /** Class values read before, with their flags: a table's cells repeat a few ("confluenceTd"). */
    private final String[] classCache = new String[64];
    private final int[] classCacheFlags = new int[64];

    /** {@link #classFlags} of the class value in {@code [from, to)} of the source, worked out once per distinct value. */
    private int knownClassFlags(int from, int to) {
        if (!hasHyphen(from, to)) {
            return 0; // every known class has one; "confluenceTd", on each cell, does not
        }
        int slot = slot(from, to, classCache.length);
        if (holds(classCache[slot], from, to)) {
            return classCacheFlags[slot];
        }
        int found = classFlags(source, from, to);
        classCache[slot] = source.substring(from, to);
        classCacheFlags[slot] = found;
        return found;
    }

    private boolean hasHyphen(int from, int to) {
        for (int i = from; i < to; i++) {
            if (source.charAt(i) == '-') {
                return true;
            }
        }
        return false;
    }

    /**
     * The flags of the known classes among those the class value in {@code [from, to)} names, in any case, split at
     * white space as jsoup's {@code hasClass} splits them.
     */
    private static int classFlags(String text, int from, int to) {
        int found = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || whitespace(text.charAt(i))) {
                int length = i - start;
                if (length == 19 && text.regionMatches(true, start, "confluence-userlink", 0, 19)) {
                    found |= USERLINK_CLASS;
                } else if (length == 12 && text.regionMatches(true, start, "user-mention", 0, 12)) {
                    found |= USER_MENTION_CLASS;
                } else if (length == 12 && text.regionMatches(true, start, "status-macro", 0, 12)) {
                    found |= STATUS_MACRO_CLASS;
                } else if (length == 16 && text.regionMatches(true, start, "inline-task-list", 0, 16)) {
                    found |= INLINE_TASK_LIST_CLASS;
                }
                start = i + 1;
            }
        }
        return found;
    }

    /** {@link Character#isWhitespace}, quicker for the characters of names and words. */
    private static boolean whitespace(char c) {
        return c <= ' ' ? Character.isWhitespace(c) : c >= '\u1680' && Character.isWhitespace(c);
    }

    /** The text of the element's own text children, as written (jsoup's {@code wholeOwnText}). */
    String ownText(int node) {
        StringBuilder text = new StringBuilder();
        for (int c = firstChild(node); c >= 0; c = nextSibling(c)) {
            if (names[c] == null) {
                appendText(c, text);
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
            if (names[c] != null) {
                continue;
            }
            String t = text(c);
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
                int amp = checked(at, textEnd);
                String decoded = amp >= 0 ? decode(at, amp, textEnd) : null;
                if (amp == -2 || amp >= 0 && decoded == null) {
                    return false;
                }
                // Text without entities stays where it is written: copied out only if someone asks for a string.
                int node = add(null, decoded, current);
                contentStarts[node] = at;
                contentEnds[node] = textEnd;
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
                // The end tag must name the element open, and only it: its name, then no further name character.
                int nameStart = open + 2;
                if (current == ROOT || !s.startsWith(names[current], nameStart)) {
                    return false;
                }
                int nameEnd = nameStart + names[current].length();
                if (nameEnd < length && s.charAt(nameEnd) < 128 && NAME_CHARS[s.charAt(nameEnd)]) {
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
                flags[element] = lastNameFlags;
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
            // A name read before, written right before its "=" (as Confluence writes them all), is known by comparing
            // it with the one kept, without reading it character by character again.
            int sign = s.indexOf('=', next);
            String known = sign > next && sign - next <= MAX_KNOWN_NAME ? known(next, sign) : null;
            int keyEnd = known != null ? sign : nameEnd(next);
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
            String key = known != null ? known : name(next, keyEnd);
            int keyFlag = lastKeyFlags;
            int first = firstAttributes[element];
            for (int i = first; i < attributes; i++) {
                if (keys[i].equals(key)) {
                    return -1; // jsoup keeps the first of duplicates; rare enough to leave to it
                }
            }
            String value = null;
            int amp = checked(quote + 1, close);
            if (amp == -2) {
                return -1;
            }
            if (amp >= 0) {
                value = decode(quote + 1, amp, close);
                if (value == null) {
                    return -1;
                }
            }
            if (attributes == keys.length) {
                keys = Arrays.copyOf(keys, attributes * 2);
                values = Arrays.copyOf(values, attributes * 2);
                valueStarts = Arrays.copyOf(valueStarts, attributes * 2);
                valueEnds = Arrays.copyOf(valueEnds, attributes * 2);
            }
            keys[attributes] = key;
            values[attributes] = value;
            valueStarts[attributes] = quote + 1;
            valueEnds[attributes] = close;
            attributes++;
            attributeCounts[element]++;
            flags[element] |= keyFlag;
            if (key.equals("class")) {
                flags[element] |= value == null ? knownClassFlags(quote + 1, close) : classFlags(value, 0, value.length());
            }
            at = close + 1;
        }
    }

    /** The characters of names this reader takes: lower-case letters, digits, {@code : - _ .}. */
    private static final boolean[] NAME_CHARS = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            NAME_CHARS[c] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            NAME_CHARS[c] = true;
        }
        NAME_CHARS[':'] = NAME_CHARS['-'] = NAME_CHARS['_'] = NAME_CHARS['.'] = true;
    }

    /** Where a name of lower-case letters, digits, {@code : - _ .} ends; upper case ends it (and fails the tag). */
    private int nameEnd(int from) {
        String s = source;
        int length = s.length();
        int i = from;
        while (i < length) {
            char c = s.charAt(i);
            if (c >= 128 || !NAME_CHARS[c]) {
                break;
            }
            i++;
        }
        return i;
    }

    /** The longest attribute name looked for among the names kept before reading it. */
    private static final int MAX_KNOWN_NAME = 64;

    /**
     * Where a kept string for the non-empty range {@code [from, to)} of the source is, in a table of {@code size} (a
     * power of two): by its length and its first and last characters, which tell most names and classes apart.
     */
    private int slot(int from, int to, int size) {
        return ((to - from) * 31 + source.charAt(from)) * 31 + source.charAt(to - 1) & (size - 1);
    }

    /** Whether {@code kept} is the range {@code [from, to)} of the source. */
    private boolean holds(String kept, int from, int to) {
        return kept != null && kept.length() == to - from && source.regionMatches(from, kept, 0, to - from);
    }

    /**
     * The name kept that {@code [from, to)} is, its flags left as {@link #name} leaves them; null when none is kept
     * for it. Every name kept was read by {@link #nameEnd}, so the range is a whole name just as that would read it.
     */
    private String known(int from, int to) {
        int slot = slot(from, to, nameCache.length);
        if (!holds(nameCache[slot], from, to)) {
            return null;
        }
        lastNameFlags = nameFlags[slot];
        lastKeyFlags = keyFlags[slot];
        return nameCache[slot];
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

    /**
     * The name in {@code [from, to)}, just read by {@link #nameEnd}: one string per distinct name however often it
     * is written; its flags as an element's and as an attribute's name are left in {@link #lastNameFlags} and
     * {@link #lastKeyFlags}.
     */
    private String name(int from, int to) {
        String cached = known(from, to);
        if (cached != null) {
            return cached;
        }
        int slot = slot(from, to, nameCache.length);
        String name = source.substring(from, to);
        nameCache[slot] = name;
        nameFlags[slot] = elementFlags(name);
        keyFlags[slot] = attributeFlags(name);
        lastNameFlags = nameFlags[slot];
        lastKeyFlags = keyFlags[slot];
        return name;
    }

    private static int elementFlags(String name) {
        return readerFlags(name) | writerFlags(name);
    }

    private static int writerFlags(String name) {
        return switch (name) {
            case "br", "img" -> AS_WRITTEN | VOID;
            case "p", "div" -> AS_WRITTEN | CLOSES_PARAGRAPH;
            case "ul", "ol", "li", "blockquote" -> AS_WRITTEN | CLOSES_PARAGRAPH | LIST_ITEM_SCOPE;
            case "span", "strong", "b", "em", "i", "u", "s", "del", "ins", "sub", "sup", "code", "kbd", "a",
                 "time" -> AS_WRITTEN;
            default -> 0;
        };
    }

    private static int readerFlags(String name) {
        return switch (name) {
            case "ac:parameter" -> SKIPPED | PARAMETER;
            case "ac:placeholder", "script", "style", "ac:task-id", "ac:task-status" -> SKIPPED;
            case "p", "div", "br", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote",
                 "ac:rich-text-body", "ac:plain-text-body" -> BLOCK;
            case "li" -> BLOCK | LIST_ITEM;
            case "tr" -> BLOCK | ROW;
            case "td", "th" -> BLOCK | CELL;
            case "table" -> BLOCK | TABLE | ROW_PARENT;
            case "thead", "tbody", "tfoot" -> ROW_PARENT;
            case "ac:task" -> BLOCK | TASK;
            case "ac:task-list" -> TASK;
            case "ac:structured-macro", "ac:macro" -> MACRO;
            case "time" -> TIME;
            case "ri:user" -> RI_USER;
            case "ac:link" -> AC_LINK;
            case "span" -> SPAN;
            default -> 0;
        };
    }

    private static int attributeFlags(String key) {
        return switch (key) {
            case "datetime" -> DATETIME;
            case "data-jira-key" -> DATA_JIRA_KEY;
            case "jira-key" -> JIRA_KEY;
            case "data-username" -> DATA_USERNAME;
            case "data-user-key" -> DATA_USER_KEY;
            case "data-inline-task-id" -> DATA_INLINE_TASK_ID;
            default -> 0;
        };
    }

    /** -1 for plain text, the first {@code &} where entities need decoding, -2 at a character this reader declines. */
    private int checked(int from, int to) {
        String s = source;
        int amp = -1;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < ' ' && c != '\n' && c != '\t') {
                return -2;
            }
            if (c == '&' && amp < 0) {
                amp = i;
            }
        }
        return amp;
    }

    /**
     * The text in {@code [from, to)}, already {@link #checked} and holding its first {@code &} at {@code amp}, with its
     * entities decoded; null at an entity jsoup reads leniently or specially (an {@code &} not starting a known entity
     * ended by {@code ;}).
     */
    private String decode(int from, int amp, int to) {
        String s = source;
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
                String common = common(s, i + 1, semicolon);
                if (common != null) {
                    out.append(common);
                } else {
                    String name = s.substring(i + 1, semicolon);
                    if (!entityName(name) || !Entities.isNamedEntity(name)) {
                        return null;
                    }
                    out.append(Entities.getByName(name));
                }
            }
            i = semicolon + 1;
        }
        return out.toString();
    }

    /** The entities Confluence writes most, without a look in jsoup's table; null for any other. */
    private static String common(String s, int from, int to) {
        return switch (to - from) {
            case 2 -> s.startsWith("lt", from) ? "<" : s.startsWith("gt", from) ? ">" : null;
            case 3 -> s.startsWith("amp", from) ? "&" : null;
            case 4 -> s.startsWith("nbsp", from) ? "\u00a0" : s.startsWith("quot", from) ? "\"" : null;
            case 5 -> s.startsWith("ndash", from) ? "\u2013" : s.startsWith("mdash", from) ? "\u2014" : null;
            default -> null;
        };
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
            int capacity = size + size / 2;
            names = Arrays.copyOf(names, capacity);
            texts = Arrays.copyOf(texts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            parents = Arrays.copyOf(parents, capacity);
            contentStarts = Arrays.copyOf(contentStarts, capacity);
            contentEnds = Arrays.copyOf(contentEnds, capacity);
            firstAttributes = Arrays.copyOf(firstAttributes, capacity);
            attributeCounts = Arrays.copyOf(attributeCounts, capacity);
            flags = Arrays.copyOf(flags, capacity);
        }
        int node = size++;
        names[node] = name;
        texts[node] = text;
        parents[node] = parent;
        ends[node] = node;
        attributeCounts[node] = 0;
        flags[node] = 0;
        return node;
    }
}
