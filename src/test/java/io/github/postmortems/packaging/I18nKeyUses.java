package io.github.postmortems.packaging;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds every i18n key the plugin uses: in descriptor attributes, in the jar's templates, Soy, JavaScript and
 * storage-format templates, and in the Java sources (keys written out in full; keys built from a prefix are
 * covered by the tests of the enum or record that builds them).
 */
final class I18nKeyUses {

    private static final Pattern QUOTED_KEY = Pattern.compile("[\"']((?:postmortems)(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+)[\"']");
    private static final Pattern TEXT_RESOURCE = Pattern.compile(".*\\.(vm|soy|js|xml|html|json)");

    private I18nKeyUses() {
    }

    /** key → where it is used. */
    static Map<String, Set<String>> in(PluginJar jar, Document descriptor) throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (Element element : Descriptor.all(descriptor.getDocumentElement())) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                if (attribute.getValue().startsWith("postmortems.")) {
                    add(uses, attribute.getValue(), "atlassian-plugin.xml <" + element.getTagName() + ">");
                }
            }
        }
        String pluginKey = descriptor.getDocumentElement().getAttribute("key");
        for (Element macro : Descriptor.all(descriptor.getDocumentElement())) {
            if (macro.getTagName().equals("xhtml-macro")) {
                String prefix = pluginKey + "." + macro.getAttribute("name");
                String where = "macro browser for " + macro.getAttribute("name");
                add(uses, prefix + ".label", where);
                add(uses, prefix + ".desc", where);
                for (Element parameter : Descriptor.all(macro)) {
                    if (parameter.getTagName().equals("parameter")) {
                        add(uses, prefix + ".param." + parameter.getAttribute("name") + ".label", where);
                        add(uses, prefix + ".param." + parameter.getAttribute("name") + ".desc", where);
                    }
                }
            }
        }
        for (String name : jar.entryNames()) {
            if (TEXT_RESOURCE.matcher(name).matches() && !name.startsWith("META-INF/maven/")) {
                scan(jar.text(name), name, uses);
            }
        }
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : (Iterable<Path>) sources.filter(p -> p.toString().endsWith(".java"))::iterator) {
                scan(Files.readString(source), source.toString(), uses);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return uses;
    }

    private static void scan(String text, String where, Map<String, Set<String>> uses) {
        Matcher m = QUOTED_KEY.matcher(text);
        while (m.find()) {
            add(uses, m.group(1), where);
        }
    }

    private static void add(Map<String, Set<String>> uses, String key, String where) {
        uses.computeIfAbsent(key, k -> new TreeSet<>()).add(where);
    }
}
