package io.github.postmortems.packaging;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The plugin jar as Confluence receives it, with a class loader that sees the jar's own classes (and the libraries
 * it embeds) first and everything else only from the host: our declarations of Atlassian types, the AO ORM, the JDK.
 * A class the jar needs but does not hold, and the host does not declare, fails to load here as it would at runtime.
 */
final class PluginJar implements AutoCloseable {

    /** Packages the host supplies; the jar must import them, never contain them. */
    static final List<String> HOST_PREFIXES = List.of(
            "com/atlassian/", "net/java/ao/", "org/springframework/", "org/apache/velocity/", "javax/", "jakarta/",
            "org/slf4j/", "org/eclipse/gemini/", "io/atlassian/");

    private final Path path;
    private final JarFile jar;
    private final URLClassLoader loader;
    private final Path unpacked;

    private PluginJar(Path path) throws IOException {
        this.path = path;
        this.jar = new JarFile(path.toFile());
        this.unpacked = Files.createTempDirectory("plugin-jar");
        List<URL> urls = new ArrayList<>();
        urls.add(path.toUri().toURL());
        for (String embedded : bundleClassPath()) {
            if (!embedded.equals(".")) {
                Path copy = unpacked.resolve(Path.of(embedded).getFileName().toString());
                try (InputStream in = jar.getInputStream(requireEntry(embedded))) {
                    Files.copy(in, copy);
                }
                urls.add(copy.toUri().toURL());
            }
        }
        this.loader = new URLClassLoader(urls.toArray(URL[]::new),
                new HostOnly(PluginJar.class.getClassLoader(), jakartaApis()));
    }

    /**
     * The jakarta servlet, JAX-RS and inject API jars of the start test's host (failsafe's osgi.host.dir), or none:
     * only the Confluence 10 host has them, and the unit tests' class path has no jakarta.* at all.
     */
    private static ClassLoader jakartaApis() throws IOException {
        String host = System.getProperty("osgi.host.dir");
        List<URL> jars = new ArrayList<>();
        for (String dir : List.of("host", "bundles")) {
            Path folder = host == null ? null : Path.of(host, dir);
            if (folder != null && Files.isDirectory(folder)) {
                try (var files = Files.list(folder)) {
                    for (Path jar : files.filter(f -> f.getFileName().toString().startsWith("jakarta.")).sorted().toList()) {
                        jars.add(jar.toUri().toURL());
                    }
                }
            }
        }
        return new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /** The jar the build just made (failsafe passes its path). */
    static PluginJar built() {
        String location = System.getProperty("plugin.jar");
        if (location == null) {
            throw new IllegalStateException("plugin.jar is not set: run these checks through 'mvn verify'");
        }
        try {
            return new PluginJar(Path.of(location));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path() {
        return path;
    }

    Manifest manifest() throws IOException {
        return jar.getManifest();
    }

    List<String> bundleClassPath() throws IOException {
        String header = manifest().getMainAttributes().getValue("Bundle-ClassPath");
        if (header == null) {
            return List.of(".");
        }
        List<String> entries = new ArrayList<>();
        for (String entry : header.split(",")) {
            entries.add(entry.strip());
        }
        return entries;
    }

    Set<String> entryNames() {
        Set<String> names = new TreeSet<>();
        Collections.list(jar.entries()).forEach(e -> names.add(e.getName()));
        return names;
    }

    boolean has(String name) {
        return jar.getEntry(name) != null;
    }

    JarEntry requireEntry(String name) {
        JarEntry entry = jar.getJarEntry(name);
        if (entry == null) {
            throw new AssertionError("the jar has no " + name);
        }
        return entry;
    }

    String text(String name) throws IOException {
        try (InputStream in = jar.getInputStream(requireEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    byte[] bytes(String name) throws IOException {
        try (InputStream in = jar.getInputStream(requireEntry(name))) {
            return in.readAllBytes();
        }
    }

    Document xml(String name) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text(name).getBytes(StandardCharsets.UTF_8)));
        } catch (SAXException | ParserConfigurationException e) {
            throw new AssertionError(name + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Loads a class as the plugin would see it at runtime, or null when neither the jar nor the host has it. */
    Class<?> load(String className) {
        try {
            return Class.forName(className, false, loader);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            return null;
        }
    }

    /** Whether the class file comes from the plugin jar itself (rather than the host). */
    boolean holds(String className) {
        return has(className.replace('.', '/') + ".class");
    }

    @Override
    public void close() throws IOException {
        loader.close();
        if (loader.getParent() instanceof HostOnly host && host.jakartaApis instanceof URLClassLoader apis) {
            apis.close();
        }
        jar.close();
        try (var files = Files.walk(unpacked)) {
            for (Path file : (Iterable<Path>) files.sorted(Collections.reverseOrder())::iterator) {
                Files.deleteIfExists(file);
            }
        }
    }

    /**
     * The host side of the class space: JDK classes and the host packages from the test class path (our declarations
     * and the provided ORM). The plugin's own classes are deliberately invisible here, so they load from the jar or
     * not at all.
     */
    private static final class HostOnly extends ClassLoader {
        private final ClassLoader testClassPath;
        private final ClassLoader jakartaApis;

        HostOnly(ClassLoader testClassPath, ClassLoader jakartaApis) {
            super(ClassLoader.getPlatformClassLoader());
            this.testClassPath = testClassPath;
            this.jakartaApis = jakartaApis;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            String path = name.replace('.', '/');
            for (String prefix : HOST_PREFIXES) {
                if (path.startsWith(prefix)) {
                    return (prefix.equals("jakarta/") ? jakartaApis : testClassPath).loadClass(name);
                }
            }
            throw new ClassNotFoundException(name + " is neither in the plugin jar nor supplied by the host");
        }

        @Override
        public URL getResource(String name) {
            return null;
        }
    }
}
