package io.github.postmortems.packaging;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What {@code atlassian-plugin.xml} refers to: classes (and what each must be), resources, i18n bundles. */
final class Descriptor {

    /** A class named in the descriptor; {@code mustBe} is the host type its module requires, if any. */
    record ClassReference(String module, String className, String mustBe, boolean instantiated) {
        @Override
        public String toString() {
            return "<" + module + "> " + className;
        }
    }

    /** Module element → the host type its class must extend or implement (instantiated by the plugin system). */
    private static final Map<String, String> CLASS_ATTRIBUTE_TYPES = Map.of(
            "xhtml-macro", "com.atlassian.confluence.macro.Macro",
            "condition", "com.atlassian.plugin.web.Condition",
            "servlet", HostPlatform.current().servlet() + ".http.HttpServlet",
            "servlet-filter", HostPlatform.current().servlet() + ".Filter",
            "component", "");

    private Descriptor() {
    }

    static List<ClassReference> classReferences(Document descriptor) {
        List<ClassReference> refs = new ArrayList<>();
        for (Element element : all(descriptor.getDocumentElement())) {
            String tag = element.getTagName();
            String className = element.getAttribute("class");
            if (!className.isEmpty()) {
                if (tag.equals("context-provider")) {
                    boolean blueprint = ((Element) element.getParentNode()).getTagName().equals("content-template");
                    refs.add(new ClassReference(tag, className, blueprint
                            ? "com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider"
                            : "com.atlassian.plugin.web.ContextProvider", true));
                } else {
                    String type = CLASS_ATTRIBUTE_TYPES.get(tag);
                    refs.add(new ClassReference(tag, className, type == null || type.isEmpty() ? null : type, true));
                }
            }
            if (tag.equals("entity")) {
                refs.add(new ClassReference("ao entity", element.getTextContent().strip(), "net.java.ao.RawEntity", false));
            }
            if (tag.equals("upgradeTask")) {
                refs.add(new ClassReference("ao upgradeTask", element.getTextContent().strip(),
                        "com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask", true));
            }
            if (tag.equals("method") && ((Element) element.getParentNode()).getTagName().equals("velocity-allowlist")) {
                String method = element.getTextContent().strip();
                refs.add(new ClassReference("velocity-allowlist", method.substring(0, method.indexOf('#')), null, false));
            }
        }
        return refs;
    }

    static Set<String> instantiatedClasses(Document descriptor) {
        Set<String> classes = new LinkedHashSet<>();
        classReferences(descriptor).stream().filter(ClassReference::instantiated).forEach(r -> classes.add(r.className()));
        return classes;
    }

    /** Jar paths of every non-i18n resource and plugin icon/logo the descriptor names. */
    static List<String> resourceLocations(Document descriptor) {
        List<String> locations = new ArrayList<>();
        for (Element element : all(descriptor.getDocumentElement())) {
            if (element.getTagName().equals("resource") && !element.getAttribute("type").equals("i18n")) {
                locations.add(strip(element.getAttribute("location")));
            }
            if (element.getTagName().equals("param")
                    && element.getAttribute("name").matches("plugin-icon|plugin-logo|plugin-banner|vendor-icon|vendor-logo")) {
                locations.add(strip(element.getTextContent().strip()));
            }
        }
        return locations;
    }

    /**
     * Jar paths behind every {@code icon="/download/resources/<plugin key>/<resource name>/<file>"}: the plugin-level
     * download resource of that name, with the rest of the path inside its location.
     */
    static List<String> iconLocations(Document descriptor) {
        Element root = descriptor.getDocumentElement();
        String prefix = "/download/resources/" + root.getAttribute("key") + "/";
        List<String> locations = new ArrayList<>();
        for (Element element : all(root)) {
            String icon = element.getAttribute("icon");
            if (icon.isEmpty()) {
                continue;
            }
            if (!icon.startsWith(prefix)) {
                throw new AssertionError("<" + element.getTagName() + "> icon is not one of the plugin's resources: " + icon);
            }
            String path = icon.substring(prefix.length());
            String resolved = null;
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element resource && resource.getTagName().equals("resource")
                        && path.startsWith(resource.getAttribute("name"))) {
                    resolved = strip(resource.getAttribute("location")) + path.substring(resource.getAttribute("name").length());
                }
            }
            if (resolved == null) {
                throw new AssertionError("no plugin-level download resource serves " + icon);
            }
            locations.add(resolved);
        }
        return locations;
    }

    /** Java packages of the REST modules. */
    static List<String> restPackages(Document descriptor) {
        List<String> packages = new ArrayList<>();
        for (Element element : all(descriptor.getDocumentElement())) {
            if (element.getTagName().equals("package") && ((Element) element.getParentNode()).getTagName().equals("rest")) {
                packages.add(element.getTextContent().strip());
            }
        }
        return packages;
    }

    static List<String> i18nLocations(Document descriptor) {
        List<String> locations = new ArrayList<>();
        for (Element element : all(descriptor.getDocumentElement())) {
            if (element.getTagName().equals("resource") && element.getAttribute("type").equals("i18n")) {
                locations.add(element.getAttribute("location"));
            }
        }
        return locations;
    }

    static List<Element> all(Element root) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = root.getElementsByTagName("*");
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    static Element child(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        throw new AssertionError("<" + parent.getTagName() + "> has no <" + tag + ">");
    }

    static String childText(Element parent, String tag) {
        return child(parent, tag).getTextContent().strip();
    }

    private static String strip(String location) {
        return location.startsWith("/") ? location.substring(1) : location;
    }
}
