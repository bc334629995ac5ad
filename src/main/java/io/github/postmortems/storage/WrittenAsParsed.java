package io.github.postmortems.storage;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether markup is exactly the tags of the tree parsed from it: each element opened by its own start tag and closed
 * by its own end tag, in order, names spelt as parsed, nothing implied or ignored by the parser, no comments, CDATA,
 * declarations or NUL characters. Only such markup is read alike by the XML and the HTML parser (for the elements
 * the HTML parser gives no special rules), which lets a view use the tree it already has. One pass over the string,
 * one over the tree.
 */
public final class WrittenAsParsed {

    /**
     * Void elements that take no part in HTML's implied end tags, each only written self-closed: {@code <br></br>}
     * is two breaks in HTML, and any other element written self-closed is left open there.
     */
    private static final Set<String> VOID = Set.of("br", "img");

    private WrittenAsParsed() {
    }

    /** Whether {@code markup} writes exactly the children of {@code parent}, tag for tag. */
    public static boolean children(String markup, Element parent) {
        if (markup.indexOf('\0') >= 0) {
            return false;
        }
        List<Element> opened = new ArrayList<>();
        List<Boolean> starts = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && e != parent) {
                    opened.add(e);
                    starts.add(true);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e != parent) {
                    opened.add(e);
                    starts.add(false);
                }
            }
        }, parent);
        int next = 0;
        int at = 0;
        for (int open = markup.indexOf('<'); open >= 0; open = markup.indexOf('<', at)) {
            char after = open + 1 < markup.length() ? markup.charAt(open + 1) : ' ';
            boolean closing = after == '/';
            if (after == '!' || after == '?' || closing && !startsName(markup, open + 2)) {
                return false;
            }
            if (!closing && !Character.isLetter(after)) {
                at = open + 1; // "a < b": text to both parsers
                continue;
            }
            int end = MacroSlice.tagEnd(markup, open);
            if (end < 0 || next >= opened.size() || starts.get(next) == closing) {
                return false;
            }
            int nameStart = closing ? open + 2 : open + 1;
            String name = opened.get(next).tagName();
            if (!markup.startsWith(name, nameStart) || !nameEnds(markup, nameStart + name.length())) {
                return false;
            }
            boolean selfClosed = !closing && markup.charAt(end - 1) == '/';
            if (selfClosed != VOID.contains(name)
                    || selfClosed && (next + 1 >= opened.size() || opened.get(next + 1) != opened.get(next))) {
                return false; // a void element with content is not what "<br/>" says
            }
            next += selfClosed ? 2 : 1; // a self-closed tag is the element's start and end
            at = end + 1;
        }
        return next == opened.size();
    }

    private static boolean startsName(String markup, int at) {
        return at < markup.length() && Character.isLetter(markup.charAt(at));
    }

    private static boolean nameEnds(String markup, int at) {
        char c = markup.charAt(at);
        return Character.isWhitespace(c) || c == '/' || c == '>';
    }
}
