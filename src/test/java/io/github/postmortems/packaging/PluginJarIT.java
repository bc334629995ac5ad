package io.github.postmortems.packaging;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks on the jar a Confluence admin uploads: what the plugin system reads first (manifest, descriptor), what the
 * OSGi framework resolves (imports), and that nothing of the host's is inside. Failsafe runs them once per jar: the
 * Confluence 9 one and the Confluence 10 one the Transformer made from it ({@link HostPlatform}).
 */
class PluginJarIT {

    private static final HostPlatform PLATFORM = HostPlatform.current();

    private static PluginJar jar;
    private static Document descriptor;

    @BeforeAll
    static void open() throws IOException {
        jar = PluginJar.built();
        descriptor = jar.xml("atlassian-plugin.xml");
    }

    @AfterAll
    static void close() throws IOException {
        jar.close();
    }

    @Test
    void manifestMakesItATransformerlessPlugin() throws IOException {
        Attributes main = jar.manifest().getMainAttributes();
        String key = System.getProperty("plugin.key");
        assertEquals(key, main.getValue("Atlassian-Plugin-Key"));
        assertEquals(key, main.getValue("Bundle-SymbolicName"));
        assertEquals("2", main.getValue("Bundle-ManifestVersion"));
        assertNotNull(main.getValue("Spring-Context"), "a transformerless plugin needs a Spring context");
        String version = main.getValue("Bundle-Version");
        assertTrue(version != null && version.matches("\\d+\\.\\d+\\.\\d+(\\.[A-Za-z0-9_-]+)?"),
                "Bundle-Version must be an OSGi version: " + version);
        assertFalse(jar.entryNames().stream().noneMatch(n -> n.startsWith("META-INF/spring/") && n.endsWith(".xml")),
                "Spring-Context: * needs at least one META-INF/spring/*.xml");
    }

    @Test
    void descriptorAtTheRootNamesThePluginTheManifestNames() throws IOException {
        Element root = descriptor.getDocumentElement();
        assertEquals("atlassian-plugin", root.getTagName());
        assertEquals(System.getProperty("plugin.key"), root.getAttribute("key"));
        assertEquals("2", root.getAttribute("plugins-version"));
        String version = Descriptor.childText(Descriptor.child(root, "plugin-info"), "version");
        assertEquals(jar.manifest().getMainAttributes().getValue("Bundle-Version"), version.replace('-', '.'),
                "descriptor and manifest should carry the same version");
        assertFalse(descriptor.getDocumentElement().getTextContent().contains("${"),
                "descriptor has unfiltered ${...} placeholders");
    }

    @Test
    void jarHoldsNoHostClasses() {
        List<String> host = new ArrayList<>();
        for (String name : jar.entryNames()) {
            for (String prefix : PluginJar.HOST_PREFIXES) {
                if (name.startsWith(prefix)) {
                    host.add(name);
                }
            }
        }
        assertEquals(List.of(), host, "host classes in the jar would shadow Confluence's own at runtime");
        assertTrue(jar.entryNames().stream().anyMatch(n -> n.startsWith("io/github/postmortems/") && n.endsWith(".class")),
                "the plugin's own classes are missing");
    }

    @Test
    void importsCarryNoVersionRangesButJaxRsAndNoEmbeddedLibrary() throws IOException {
        List<ImportedPackage> imports = ImportedPackage.parse(jar.manifest().getMainAttributes().getValue("Import-Package"));
        List<String> problems = new ArrayList<>();
        for (ImportedPackage imported : imports) {
            String version = imported.attributes().getOrDefault("version", "0");
            boolean jaxRs = imported.name().equals(PLATFORM.jaxRs()) || imported.name().startsWith(PLATFORM.jaxRs() + ".");
            if (jaxRs && !version.equals(PLATFORM.jaxRsRange())) {
                problems.add(imported.name() + " is imported with version " + version + "; JAX-RS must be "
                        + PLATFORM.jaxRsRange() + " on " + PLATFORM.id()
                        + " (on 9, a wider range may wire JAX-RS 1.1 and MediaType.withCharset fails at a request)");
            } else if (PLATFORM.otherNamespaceApis().stream().anyMatch(p -> startsWithPackage(imported.name(), p))) {
                problems.add(imported.name() + " is imported, but " + PLATFORM.id() + " has it only as "
                        + PLATFORM.movedApis());
            } else if (!jaxRs && !version.equals("0")) {
                problems.add(imported.name() + " is imported with version " + version
                        + "; a range may not resolve on every Confluence 9.x");
            }
            if (imported.name().startsWith("com.google.gson") || imported.name().startsWith("org.jsoup")
                    || imported.name().startsWith("io.github.postmortems") || imported.name().startsWith("java.")) {
                problems.add(imported.name() + " is embedded or private and must not be imported");
            }
        }
        assertEquals(List.of(), problems);
        for (String entry : jar.bundleClassPath()) {
            assertTrue(entry.equals(".") || jar.has(entry), "Bundle-ClassPath entry missing from the jar: " + entry);
        }
        assertTrue(jar.manifest().getMainAttributes().getValue("Export-Package") == null,
                "the plugin exports nothing");
    }

    @Test
    void everyClassTheDescriptorNamesExistsAndIsWhatItsModuleNeeds() {
        List<String> problems = new ArrayList<>();
        for (Descriptor.ClassReference ref : Descriptor.classReferences(descriptor)) {
            Class<?> type = jar.load(ref.className());
            if (type == null) {
                problems.add(ref + ": class not in the jar and not a declared host type");
                continue;
            }
            if (ref.mustBe() != null) {
                Class<?> required = jar.load(ref.mustBe());
                if (required == null) {
                    problems.add(ref + ": the host type " + ref.mustBe() + " is not declared");
                } else if (!required.isAssignableFrom(type)) {
                    problems.add(ref + ": " + type.getName() + " is not a " + ref.mustBe());
                }
            }
            if (jar.holds(ref.className()) && ref.instantiated()
                    && (type.isInterface() || Modifier.isAbstract(type.getModifiers()))) {
                problems.add(ref + ": the plugin system instantiates it, but it is abstract");
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Classes of a REST package in the jar that carry javax.ws.rs.Path: the REST module builds them. */
    private static Set<String> restResources(String pkg) {
        Set<String> resources = new TreeSet<>();
        String prefix = pkg.replace('.', '/') + "/";
        for (String name : jar.entryNames()) {
            if (name.startsWith(prefix) && name.endsWith(".class") && !name.contains("$")) {
                Class<?> type = jar.load(name.substring(0, name.length() - 6).replace('/', '.'));
                if (type != null && java.util.Arrays.stream(type.getAnnotations())
                        .anyMatch(a -> a.annotationType().getName().equals(PLATFORM.pathAnnotation()))) {
                    resources.add(type.getName());
                }
            }
        }
        return resources;
    }

    @Test
    void everyResourceTheDescriptorNamesIsInTheJar() {
        List<String> missing = new ArrayList<>();
        List<String> locations = new ArrayList<>(Descriptor.resourceLocations(descriptor));
        locations.addAll(Descriptor.iconLocations(descriptor));
        for (String location : locations) {
            if (!jar.has(location) && jar.entryNames().stream().noneMatch(n -> n.startsWith(location + "/"))) {
                missing.add(location);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyI18nBundleTheDescriptorDeclaresIsInTheJarInEveryLanguage() {
        I18nBundles bundles = I18nBundles.ofProject();
        Set<String> declared = new TreeSet<>();
        for (String location : Descriptor.i18nLocations(descriptor)) {
            String path = location.replace('.', '/');
            assertTrue(path.startsWith("i18n/"), "i18n bundles live under i18n/: " + location);
            declared.add(path.substring("i18n/".length()));
            for (String language : bundles.languages()) {
                String file = path + (language.isEmpty() ? "" : "_" + language) + ".properties";
                assertTrue(jar.has(file), "missing from the jar: " + file);
            }
        }
        assertEquals(bundles.baseNames(), declared, "every bundle under i18n/ is declared once in the descriptor");
    }

    @Test
    void everyI18nKeyUsedAnywhereExistsInEveryLanguage() throws IOException {
        I18nBundles bundles = I18nBundles.ofProject();
        Map<String, Set<String>> used = I18nKeyUses.in(jar, descriptor);
        assertFalse(used.isEmpty(), "found no i18n key uses at all; the scanner is broken");
        List<String> problems = new ArrayList<>();
        used.forEach((key, places) -> {
            if (bundles.baseNameDefining(key) == null) {
                problems.add(key + " (used in " + places + ") is in no bundle");
            } else if (!bundles.definedInEveryLanguage(key)) {
                problems.add(key + " (used in " + places + ") is missing from a language");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void everyTemplateABlueprintNamesIsAContentTemplateOfThisPlugin() {
        Set<String> templates = new TreeSet<>();
        List<String> named = new ArrayList<>();
        for (org.w3c.dom.Element element : Descriptor.all(descriptor.getDocumentElement())) {
            if (element.getTagName().equals("content-template") && !element.getAttribute("key").isEmpty()) {
                templates.add(element.getAttribute("key"));
            }
            if (element.getTagName().equals("blueprint")) {
                for (String attribute : List.of("content-template-key", "index-template-key")) {
                    if (!element.getAttribute(attribute).isEmpty()) {
                        named.add(element.getAttribute(attribute));
                    }
                }
            }
        }
        assertFalse(named.isEmpty(), "no blueprint names a template");
        for (String key : named) {
            assertTrue(templates.contains(key), "blueprint names template " + key + ", which is not in the descriptor");
        }
    }

    @Test
    void restPackagesHoldResources() {
        for (String pkg : Descriptor.restPackages(descriptor)) {
            assertFalse(restResources(pkg).isEmpty(), "no @Path resource in REST package " + pkg);
        }
    }

    @Test
    void springWiringNamesOnlyExistingTypesAndEveryBeanCanBeBuilt() throws IOException {
        SpringWiring wiring = SpringWiring.read(jar);
        Set<String> built = new TreeSet<>(Descriptor.instantiatedClasses(descriptor));
        Descriptor.restPackages(descriptor).forEach(pkg -> built.addAll(restResources(pkg)));
        assertEquals(List.of(), wiring.problems(jar, built));
        Set<String> imported = new TreeSet<>();
        ImportedPackage.parse(jar.manifest().getMainAttributes().getValue("Import-Package"))
                .forEach(p -> imported.add(p.name()));
        List<String> notImported = new ArrayList<>();
        for (String service : wiring.referencedServices()) {
            String pkg = service.substring(0, service.lastIndexOf('.'));
            if (!imported.contains(pkg)) {
                notImported.add(service + " (package " + pkg + ")");
            }
        }
        assertEquals(List.of(), notImported, "services referenced in Spring XML need their packages imported");
    }

    @Test
    void noClassRefersToTheServletJaxRsOrInjectPackagesOfTheOtherConfluence() throws IOException {
        List<String> offending = new ArrayList<>();
        int ownReferences = 0;
        for (String name : jar.entryNames()) {
            // the pom copy is text about the build; embedded libraries are checked by the start test's linking
            if (name.endsWith("/") || name.startsWith("META-INF/maven/") || name.startsWith("META-INF/lib/")) {
                continue;
            }
            String text = new String(jar.bytes(name), java.nio.charset.StandardCharsets.ISO_8859_1);
            if (PLATFORM.otherNamespaceApis().stream().anyMatch(p -> mentions(text, p))) {
                offending.add(name);
            }
            if (PLATFORM.movedApis().stream().anyMatch(p -> mentions(text, p))) {
                ownReferences++;
            }
        }
        assertTrue(ownReferences > 10, "only " + ownReferences + " entries refer to " + PLATFORM.movedApis()
                + "; the scan reads nothing");
        assertEquals(List.of(), offending, PLATFORM.id() + " has no " + PLATFORM.otherNamespaceApis());
    }

    @Test
    void theConfluence10JarDiffersFromTheConfluence9JarOnlyInClassesAndManifest() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(PLATFORM == HostPlatform.CONFLUENCE_10,
                "compares the Confluence 10 jar with the one it was made from");
        String location = System.getProperty("plugin.jar.confluence-9");
        assertNotNull(location, "plugin.jar.confluence-9 is not set");
        try (java.util.jar.JarFile confluence9 = new java.util.jar.JarFile(location)) {
            Set<String> names = new TreeSet<>();
            java.util.Collections.list(confluence9.entries()).forEach(e -> names.add(e.getName()));
            assertEquals(names, jar.entryNames(), "the same entries in both jars");
            List<String> changed = new ArrayList<>();
            for (String name : names) {
                if (!name.endsWith("/") && !java.util.Arrays.equals(jar.bytes(name),
                        confluence9.getInputStream(confluence9.getEntry(name)).readAllBytes())) {
                    changed.add(name);
                }
            }
            assertTrue(changed.contains("META-INF/MANIFEST.MF"), "the manifest's imports were not rewritten");
            assertTrue(changed.size() > 10, "only " + changed + " changed");
            // META-INF/maven is Maven's metadata, which the Transformer's jar goal writes anew from the project
            assertEquals(List.of(), changed.stream().filter(n -> !n.endsWith(".class") && !n.equals("META-INF/MANIFEST.MF")
                    && !n.startsWith("META-INF/maven/")).toList(),
                    "descriptor, Spring XML, templates and i18n are the Confluence 9 jar's, byte for byte");
        }
    }

    /** A reference to the package or a subpackage, in a class file's internal form or in text. */
    private static boolean mentions(String text, String pkg) {
        return text.contains(pkg + ".") || text.contains(pkg.replace('.', '/') + "/");
    }

    private static boolean startsWithPackage(String name, String pkg) {
        return name.equals(pkg) || name.startsWith(pkg + ".");
    }
}
