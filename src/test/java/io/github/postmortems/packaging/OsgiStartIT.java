package io.github.postmortems.packaging;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starts the built jar the way Confluence does (once per jar: failsafe runs it for the Confluence 9 jar on the javax
 * host and for the Confluence 10 jar on the jakarta host, see {@link HostPlatform}), in a forked JVM whose class path
 * is the host (Felix 7.0.5, Spring 5.3.39, our declarations of the Atlassian API with working stand-ins for its value
 * types, the host libraries): Gemini Blueprint as the extender, non-validating; host packages and host services from
 * the system bundle; on Confluence 9, JAX-RS 1.1 and 2.x chosen by the descriptor's rest-v2 element. The launcher
 * (src/test/osgi-host) checks imports, the Spring context, service references, module classes, every class and
 * bytecode reference, and stop.
 *
 * <p>Broken copies of the jar run in the same forked JVM, each in a fresh framework, one after the other: one JVM
 * per copy would cost a JVM start and JIT warm-up each.
 */
class OsgiStartIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final String AS_BUILT = "as-built";
    private static final HostPlatform PLATFORM = HostPlatform.current();
    /** On the jakarta host: the Confluence 9 jar, which must not resolve there. */
    private static final String OTHER_PLATFORMS_JAR = "confluence-9-jar";
    private static final String LAUNCHER = "io.github.postmortems.osgihost.HostLauncher";
    /** By the Spring DTD: spring.schemas is invisible to the extender bundle, so an XSD would be fetched online. */
    private static final String EXTENDER_CONFIG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE beans PUBLIC "-//SPRING//DTD BEAN 2.0//EN" "https://www.springframework.org/dtd/spring-beans-2.0.dtd">
            <beans>
                <bean id="applicationContextCreator" class="io.github.postmortems.osgihost.extender.NonValidatingContextCreator"/>
            </beans>
            """;

    /** A copy of the built jar, changed by the mutation (nothing changed for the as-built one). */
    private record Scenario(String name, Mutation mutation) {
    }

    private interface Mutation {
        void apply(Map<String, byte[]> entries) throws IOException;
    }

    private record Line(String kind, String topic, String text) {
        @Override
        public String toString() {
            return topic + ": " + text;
        }
    }

    /** The jar as built and its broken copies; the copies check the launcher, the same for both jars: Confluence 9 only. */
    private static final List<Scenario> AS_BUILT_AND_BROKEN_COPIES = List.of(
            new Scenario(AS_BUILT, entries -> {
            }),
            new Scenario("import-dropped", dropImport("com.atlassian.confluence.labels")),
            new Scenario("unpublished-service", replace("META-INF/spring/jira-context.xml",
                    "<osgi:reference id=\"schedulerService\"",
                    "<osgi:reference id=\"jobRunners\" interface=\"com.atlassian.scheduler.JobRunner\"/>\n"
                            + "    <osgi:reference id=\"schedulerService\"")),
            new Scenario("rest-v2-removed", replace("atlassian-plugin.xml", "<rest-v2/>", "")),
            new Scenario("init-method-missing", replace("META-INF/spring/blueprint-context.xml",
                    "init-method=\"register\"", "init-method=\"subscribe\"")),
            new Scenario("destroy-method-dropped", replace("META-INF/spring/report-context.xml",
                    "init-method=\"start\" destroy-method=\"stop\"", "init-method=\"start\"")),
            new Scenario("second-bean-of-a-parameter-type", replace("META-INF/spring/plugin-context.xml",
                    "<beans:bean id=\"messages\" class=\"io.github.postmortems.confluence.i18n.SalMessages\"/>",
                    "<beans:bean id=\"messages\" class=\"io.github.postmortems.confluence.i18n.SalMessages\"/>\n"
                            + "    <beans:bean id=\"moreMessages\" class=\"io.github.postmortems.confluence.i18n.SalMessages\"/>")));

    private static final List<Scenario> SCENARIOS = PLATFORM == HostPlatform.CONFLUENCE_9 ? AS_BUILT_AND_BROKEN_COPIES
            : List.of(new Scenario(AS_BUILT, entries -> {
            }));

    private static final Map<String, List<Line>> reports = new TreeMap<>();
    private static long millis;

    @BeforeAll
    static void startEveryJarInOneForkedHost() throws Exception {
        long start = System.nanoTime();
        String host = System.getProperty("osgi.host.dir");
        if (host == null) {
            throw new IllegalStateException("osgi.host.dir is not set: run this check through 'mvn verify'");
        }
        Path hostDir = Path.of(host);
        Path pluginJar = Path.of(System.getProperty("plugin.jar"));
        Path work = hostDir.resolveSibling(PLATFORM == HostPlatform.CONFLUENCE_9 ? "osgi-start" : "osgi-start-jakarta");
        deleteTree(work);
        Files.createDirectories(work);

        List<Path> hostJars = jars(hostDir.resolve("host"));
        List<Path> bundleJars = jars(hostDir.resolve("bundles"));
        Path declarations = copyHostDeclarations(Path.of(System.getProperty("host.api.classes",
                pluginJar.resolveSibling("classes").toString())), work.resolve("host-api"));
        Path launcher = compileLauncher(work.resolve("launcher"), declarations, hostJars, bundleJars);
        Path fragment = extenderFragment(launcher, work.resolve("gemini-extender-config.jar"));

        List<String> config = new ArrayList<>();
        config.add("report\t" + work.resolve("report.tsv"));
        config.add("storage\t" + work.resolve("felix"));
        List<Path> gemini = new ArrayList<>();
        for (String name : List.of("gemini-blueprint-io", "gemini-blueprint-core", "gemini-blueprint-extender")) {
            if (name.equals("gemini-blueprint-extender")) {
                config.add("bundle\t" + fragment); // attached to the extender when it resolves
            }
            Path bundle = bundleJars.stream().filter(j -> j.getFileName().toString().startsWith(name + "-"))
                    .findFirst().orElseThrow(() -> new AssertionError(name + " is not in " + hostDir.resolve("bundles")));
            gemini.add(bundle);
            config.add("bundle\t" + bundle);
        }
        // the platform's JAX-RS bundles: 1.1 and 2.x on Confluence 9, 3.x on Confluence 10
        bundleJars.stream().filter(j -> !gemini.contains(j)).forEach(j -> config.add("bundle\t" + j));
        hostExports(hostJars, declarations).forEach((pkg, version) -> config.add("export\t" + pkg + "\t" + version));
        ConfluenceHostServices.ALL.forEach(s -> config.add("service\t" + s.type() + "\t" + s.seenAt()));
        try (PluginJar jar = PluginJar.built()) {
            var descriptor = jar.xml("atlassian-plugin.xml");
            Descriptor.instantiatedClasses(descriptor).forEach(c -> config.add("module\t" + c));
            Descriptor.restPackages(descriptor).forEach(p -> config.add("rest-package\t" + p));
        }
        for (Scenario scenario : SCENARIOS) {
            Path copy = work.resolve("jars").resolve(scenario.name() + ".jar");
            mutatedCopy(pluginJar, copy, scenario.mutation());
            config.add("scenario\t" + scenario.name() + "\t" + copy);
        }
        if (PLATFORM == HostPlatform.CONFLUENCE_10) {
            config.add("scenario\t" + OTHER_PLATFORMS_JAR + "\t" + System.getProperty("plugin.jar.confluence-9"));
        }
        Path configFile = work.resolve("launcher.tsv");
        Files.write(configFile, config, StandardCharsets.UTF_8);

        List<String> classPath = new ArrayList<>(List.of(launcher.toString(), declarations.toString()));
        hostJars.forEach(j -> classPath.add(j.toString()));
        Path log = work.resolve("fork.log");
        Process fork = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", String.join(java.io.File.pathSeparator, classPath), LAUNCHER, configFile.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!fork.waitFor(120, TimeUnit.SECONDS)) {
            fork.destroyForcibly();
            throw new AssertionError("the forked host did not finish within 120 s; see " + log);
        }
        assertEquals(0, fork.exitValue(), () -> "the forked host failed; see " + log + ":\n" + tail(log));
        for (String line : Files.readAllLines(work.resolve("report.tsv"), StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t", 4);
            reports.computeIfAbsent(parts[0], k -> new ArrayList<>())
                    .add(new Line(parts[1], parts[2], parts.length > 3 ? parts[3] : ""));
        }
        millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.println("OsgiStartIT: " + SCENARIOS.size() + " jars started and stopped in " + millis + " ms");
        reports.forEach((scenario, lines) -> System.out.println(scenario + ": " + lines.stream()
                .filter(l -> !l.kind().equals("INFO")).map(l -> l.kind() + " " + l).collect(Collectors.joining("; "))));
    }

    @Test
    void theBuiltJarStartsAndStopsInConfluencesFrameworkWithoutAFault() {
        assertTrue(lines(AS_BUILT).stream().anyMatch(l -> l.kind().equals("END")), "the launcher did not finish");
        assertEquals(List.of(), failures(AS_BUILT), "starting the built jar as Confluence does");
    }

    @Test
    void everyImportOfTheBuiltJarIsWiredToWhatTheHostExports() {
        long declared = count(AS_BUILT, "imports-declared");
        assertTrue(declared > 20, "only " + declared + " imports seen");
        assertEquals(declared - count(AS_BUILT, "imports-optional-unwired"), count(AS_BUILT, "imports-wired"));
        assertFalse(info(AS_BUILT, "wire").isEmpty(), "no JAX-RS wire seen");
        assertTrue(info(AS_BUILT, "wire").stream().allMatch(w -> w.startsWith(PLATFORM.jaxRs())
                        && w.contains(PLATFORM.jaxRsBundle())),
                "rest-v2 plugins get JAX-RS " + PLATFORM.jaxRsRange() + ": " + info(AS_BUILT, "wire"));
    }

    @Test
    void everyServiceReferenceBindsToAServiceConfluencePublishes() throws IOException {
        long references;
        try (PluginJar jar = PluginJar.built()) {
            references = SpringWiring.read(jar).importedServices().size();
        }
        assertTrue(references > 10, "only " + references + " references in the Spring XML");
        assertEquals(references, count(AS_BUILT, "references"), "reference beans in the started context");
        assertEquals(references, count(AS_BUILT, "references-bound"), "references bound to host services");
    }

    @Test
    void everyModuleClassAndRestResourceIsBuiltByConstructorAutowiring() {
        assertTrue(count(AS_BUILT, "rest-resources") > 3, "REST resources found: " + count(AS_BUILT, "rest-resources"));
        assertTrue(count(AS_BUILT, "modules") > count(AS_BUILT, "rest-resources"), "descriptor modules missing");
        assertEquals(count(AS_BUILT, "modules"), count(AS_BUILT, "modules-created"));
        assertEquals(2, count(AS_BUILT, "lifecycle-started"),
                "the reconcile job and the weekly digest's, each started by SAL as LifecycleAware");
    }

    @Test
    void everyClassOfTheBundleAndItsEmbeddedJarsLinksAndEveryReferenceResolves() {
        long own = count(AS_BUILT, "classes-own");
        long embedded = count(AS_BUILT, "classes-embedded");
        assertTrue(own > 200 && embedded > 200, own + " own and " + embedded + " embedded classes seen");
        assertEquals(own + embedded, count(AS_BUILT, "classes-linked"));
        assertTrue(count(AS_BUILT, "references-resolved") > 5_000, "references resolved: " + count(AS_BUILT, "references-resolved"));
    }

    @Test
    void stoppingClosesTheContextAndEndsThePluginsThreads() {
        assertTrue(count(AS_BUILT, "plugin-threads-while-started") >= 1,
                "the index worker should be seen running while started, or the thread check sees nothing");
        assertEquals(0, count(AS_BUILT, "threads-left-after-stop"));
    }

    @Test
    void aPackageDroppedFromImportPackageFailsNamingThePackage() {
        assumeBrokenCopiesRun();
        assertFailsNaming("import-dropped", "Could not find class [com.atlassian.confluence.labels.LabelManager]");
        // the class check names it too, whether or not a Spring bean happens to use the package
        assertFailsNaming("import-dropped", "refers to com.atlassian.confluence.labels.LabelManager", "not found");
    }

    @Test
    void aReferenceToAServiceConfluenceDoesNotPublishFailsNamingTheInterface() {
        assumeBrokenCopiesRun();
        assertTrue(ConfluenceHostServices.ALL.stream().noneMatch(s -> s.type().equals("com.atlassian.scheduler.JobRunner")));
        assertFailsNaming("unpublished-service", "service reference never binds", "com.atlassian.scheduler.JobRunner");
    }

    @Test
    void withoutRestV2TheJarDoesNotResolveForItsJaxRs2Range() {
        assumeBrokenCopiesRun();
        // Confluence shows JAX-RS 1.1 only to plugins without <rest-v2/>; our [2.0.0,3.0.0) import then refuses to
        // resolve, so the plugin fails at enable time instead of at the first request (MediaType.withCharset).
        assertFailsNaming("rest-v2-removed", "Unable to resolve", "osgi.wiring.package=javax.ws.rs",
                "version>=2.0.0");
    }

    @Test
    void anInitMethodNamingNoMethodFailsTheContextNamingIt() {
        assumeBrokenCopiesRun();
        assertFailsNaming("init-method-missing", "subscribe", "blueprintPageCreatedListener");
    }

    @Test
    void aDroppedDestroyMethodLeavesTheIndexWorkerRunningAfterStop() {
        assumeBrokenCopiesRun();
        assertFailsNaming("destroy-method-dropped", "thread \"postmortems-index\"", "still running after stop");
    }

    @Test
    void aSecondBeanOfAConstructorParameterTypeFailsNamingTheType() {
        assumeBrokenCopiesRun();
        assertFailsNaming("second-bean-of-a-parameter-type", "io.github.postmortems.text.Messages",
                "messages,moreMessages");
    }

    @Test
    void theConfluence9JarDoesNotResolveOnTheJakartaHost() {
        Assumptions.assumeTrue(PLATFORM == HostPlatform.CONFLUENCE_10, "the jakarta host only");
        // the host has no javax.ws.rs: had the Transformer left a javax import, the as-built jar would fail like this
        assertFailsNaming(OTHER_PLATFORMS_JAR, "Unable to resolve", "osgi.wiring.package=javax.");
    }

    private static void assumeBrokenCopiesRun() {
        Assumptions.assumeTrue(PLATFORM == HostPlatform.CONFLUENCE_9,
                "the broken copies run once, on the Confluence 9 host (the launcher is the same for both jars)");
    }

    private static void assertFailsNaming(String scenario, String... causes) {
        List<String> failures = failures(scenario);
        assertTrue(failures.stream().anyMatch(f -> Stream.of(causes).allMatch(f::contains)),
                scenario + " should fail naming " + List.of(causes) + "; failures were: " + failures);
    }

    private static List<String> failures(String scenario) {
        return lines(scenario).stream().filter(l -> l.kind().equals("FAIL")).map(Line::toString).toList();
    }

    private static List<String> info(String scenario, String topic) {
        return lines(scenario).stream().filter(l -> l.kind().equals("INFO") && l.topic().equals(topic))
                .map(Line::text).toList();
    }

    private static long count(String scenario, String topic) {
        return lines(scenario).stream().filter(l -> l.kind().equals("COUNT") && l.topic().equals(topic))
                .mapToLong(l -> Long.parseLong(l.text())).findFirst()
                .orElseThrow(() -> new AssertionError(scenario + " reported no " + topic + ": " + lines(scenario)));
    }

    private static List<Line> lines(String scenario) {
        List<Line> lines = reports.get(scenario);
        if (lines == null) {
            throw new AssertionError("the forked host reported nothing for " + scenario);
        }
        return lines;
    }

    // ---- the host: class path, exports, launcher

    private static List<Path> jars(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** Our declarations of Atlassian types (com/atlassian/** of target/classes), never the plugin's own classes. */
    private static Path copyHostDeclarations(Path classes, Path target) throws IOException {
        Path root = classes.resolve("com/atlassian");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(classes.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        return target;
    }

    /** The launcher and the value-type stand-ins, compiled over the declarations (kept off the unit tests' path). */
    private static Path compileLauncher(Path out, Path declarations, List<Path> hostJars, List<Path> bundleJars)
            throws IOException {
        Files.createDirectories(out);
        List<String> sources;
        try (Stream<Path> files = Files.walk(PROJECT.resolve("src/test/osgi-host/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).toList();
        }
        List<String> classPath = new ArrayList<>(List.of(declarations.toString()));
        hostJars.forEach(j -> classPath.add(j.toString()));
        bundleJars.forEach(j -> classPath.add(j.toString())); // the extender's API, for its fragment
        List<String> args = new ArrayList<>(List.of("--release", "17", "-proc:none", "-nowarn", "-d", out.toString(),
                "-cp", String.join(java.io.File.pathSeparator, classPath)));
        args.addAll(sources);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, errors, errors, args.toArray(String[]::new));
        assertEquals(0, status, () -> "src/test/osgi-host does not compile:\n" + errors.toString(StandardCharsets.UTF_8));
        return out;
    }

    /** A fragment of the extender with Confluence's configuration: a non-validating context creator. */
    private static Path extenderFragment(Path launcher, Path jar) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "io.github.postmortems.osgihost.extender-config");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Fragment-Host", "org.eclipse.gemini.blueprint.extender");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry("META-INF/spring/extender/extender.xml"));
            out.write(EXTENDER_CONFIG.getBytes(StandardCharsets.UTF_8));
            Path classes = launcher.resolve("io/github/postmortems/osgihost/extender");
            try (Stream<Path> files = Files.list(classes)) {
                for (Path file : files.sorted().toList()) {
                    out.putNextEntry(new JarEntry(launcher.relativize(file).toString().replace('\\', '/')));
                    out.write(Files.readAllBytes(file));
                }
            }
        }
        return jar;
    }

    /**
     * What the system bundle exports: every package of the host libraries at the library's version (Spring's
     * commons-logging API at 1.2, as Confluence exports commons-logging), and our declared Atlassian packages.
     */
    private static Map<String, String> hostExports(List<Path> hostJars, Path declarations) throws IOException {
        Map<String, String> exports = new TreeMap<>();
        for (Path jar : hostJars) {
            String file = jar.getFileName().toString();
            if (file.startsWith("org.apache.felix.framework-")) {
                continue; // Felix exports org.osgi.* itself
            }
            String version = file.startsWith("spring-jcl-") ? "1.2.0" : file.replaceAll("^.*?-(\\d[\\d.]*)\\.jar$", "$1");
            try (JarFile contents = new JarFile(jar.toFile())) {
                contents.stream().map(JarEntry::getName)
                        .filter(n -> n.endsWith(".class") && n.contains("/") && !n.startsWith("META-INF/"))
                        .forEach(n -> exports.putIfAbsent(n.substring(0, n.lastIndexOf('/')).replace('/', '.'), version));
            }
        }
        try (Stream<Path> files = Files.walk(declarations)) {
            files.filter(f -> f.toString().endsWith(".class"))
                    .forEach(f -> exports.putIfAbsent(declarations.relativize(f.getParent()).toString()
                            .replace(java.io.File.separatorChar, '.'), "0.0.0"));
        }
        return exports;
    }

    // ---- broken copies of the jar

    private static void mutatedCopy(Path jar, Path copy, Mutation mutation) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        mutation.apply(entries);
        Files.createDirectories(copy.getParent());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
            }
        }
    }

    /** Replaces text that must occur exactly once, so a mutation can never silently do nothing. */
    private static Mutation replace(String entry, String from, String to) {
        return entries -> {
            String text = new String(entries.get(entry), StandardCharsets.UTF_8);
            int at = text.indexOf(from);
            if (at < 0 || text.indexOf(from, at + 1) >= 0) {
                throw new AssertionError(entry + " should hold exactly one " + from);
            }
            entries.put(entry, text.replace(from, to).getBytes(StandardCharsets.UTF_8));
        };
    }

    private static Mutation dropImport(String pkg) {
        return entries -> {
            Manifest manifest = new Manifest(new ByteArrayInputStream(entries.get(JarFile.MANIFEST_NAME)));
            String header = manifest.getMainAttributes().getValue("Import-Package");
            List<String> kept = new ArrayList<>();
            for (ImportedPackage imported : ImportedPackage.parse(header)) {
                if (!imported.name().equals(pkg)) {
                    kept.add(imported.name() + imported.attributes().entrySet().stream()
                            .map(a -> ";" + a.getKey() + (a.getKey().equals("resolution") ? ":=" : "=") + "\"" + a.getValue() + "\"")
                            .collect(Collectors.joining()));
                }
            }
            assertEquals(ImportedPackage.parse(header).size() - 1, kept.size(), pkg + " is not imported");
            manifest.getMainAttributes().putValue("Import-Package", String.join(",", kept));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            manifest.write(out);
            entries.put(JarFile.MANIFEST_NAME, out.toByteArray());
        };
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
