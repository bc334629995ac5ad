package io.github.postmortems.osgihost;

import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.BundleReference;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;

/**
 * The forked "Confluence": for each plugin jar it is given, starts Felix as Confluence does (host packages and host
 * services from the system bundle, Gemini Blueprint as the Spring extender, both JAX-RS versions behind a resolver
 * hook), starts the jar, checks what Confluence would meet (imports, context, service references, module classes,
 * every class and bytecode reference), stops it and looks for threads it left. Results go to a report file, one
 * tab-separated line each: scenario, COUNT/FAIL/TOLERATED/INFO, topic, text.
 *
 * <p>Arguments: the configuration file the test wrote (tab-separated lines, see {@link #main}).
 */
public final class HostLauncher {

    /** Atlassian's boot-delegation list, as read in Confluence 8.7.2's plugin framework. */
    private static final String BOOT_DELEGATION = "weblogic,weblogic.*,META-INF.services,jdk.*,com.yourkit,com.yourkit.*,"
            + "com.chronon,com.chronon.*,org.jboss.byteman,org.jboss.byteman.*,com.jprofiler,com.jprofiler.*,"
            + "org.apache.xerces,org.apache.xerces.*,org.apache.xalan,org.apache.xalan.*,org.apache.xml.serializer,"
            + "sun.*,com.sun.xml.bind.v2,com.sun.xml.internal.bind.v2,com.icl.saxon,com_cenqua_clover,"
            + "com.cenqua.clover,com.cenqua.clover.*,com.atlassian.clover,com.atlassian.clover.*";
    private static final String GEMINI_LISTENER = "org.eclipse.gemini.blueprint.context.event.OsgiBundleApplicationContextListener";
    private static final String IMPORTED_PROXY = "org.eclipse.gemini.blueprint.service.importer.ImportedOsgiServiceProxy";
    private static final long CONTEXT_TIMEOUT_MILLIS = 30_000;

    private final Path storage;
    private final List<Path> bundles = new ArrayList<>();
    private final Map<String, String> exports = new LinkedHashMap<>();
    private final Map<String, String> services = new LinkedHashMap<>();
    private final List<String> modules = new ArrayList<>();
    private final List<String> restPackages = new ArrayList<>();
    private final PrintWriter report;
    private String scenario;

    private HostLauncher(Path storage, PrintWriter report) {
        this.storage = storage;
        this.report = report;
    }

    /**
     * Configuration lines: {@code report <file>}, {@code storage <dir>}, {@code bundle <jar>} (installed in order;
     * the extender's fragment before the extender), {@code export <package> <version>} (the host's packages),
     * {@code service <interface> <where seen>} (the host's services), {@code module <class>},
     * {@code rest-package <package>}, {@code scenario <name> <jar>}.
     */
    private static final String LIFECYCLE_AWARE = "com.atlassian.sal.api.lifecycle.LifecycleAware";

    public static void main(String[] args) throws Exception {
        List<String[]> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                lines.add(line.split("\t"));
            }
        }
        Path reportFile = Path.of(value(lines, "report"));
        try (PrintWriter report = new PrintWriter(Files.newBufferedWriter(reportFile, StandardCharsets.UTF_8), true)) {
            HostLauncher launcher = new HostLauncher(Path.of(value(lines, "storage")), report);
            Map<String, Path> scenarios = new LinkedHashMap<>();
            for (String[] line : lines) {
                switch (line[0]) {
                    case "bundle" -> launcher.bundles.add(Path.of(line[1]));
                    case "export" -> launcher.exports.put(line[1], line[2]);
                    case "service" -> launcher.services.put(line[1], line[2]);
                    case "module" -> launcher.modules.add(line[1]);
                    case "rest-package" -> launcher.restPackages.add(line[1]);
                    case "scenario" -> scenarios.put(line[1], Path.of(line[2]));
                    default -> {
                    }
                }
            }
            for (Map.Entry<String, Path> scenario : scenarios.entrySet()) {
                launcher.scenario = scenario.getKey();
                long start = System.nanoTime();
                try {
                    launcher.run(scenario.getValue());
                } catch (Throwable t) {
                    t.printStackTrace();
                    launcher.fail("launcher", describe(t));
                }
                launcher.count("millis", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                launcher.line("END", "scenario", "");
            }
        }
        System.exit(0);
    }

    private static String value(List<String[]> lines, String key) {
        return lines.stream().filter(l -> l[0].equals(key)).findFirst().orElseThrow()[1];
    }

    private void run(Path jar) throws Exception {
        Felix felix = new Felix(frameworkConfiguration(storage.resolve(scenario)));
        felix.init();
        BundleContext system = felix.getBundleContext();
        system.registerService(ResolverHookFactory.class, new JaxRsSelection(), null);
        registerHostServices(system);
        felix.start();
        try {
            runOn(felix, jar);
        } finally {
            felix.stop();
            felix.waitForStop(10_000);
        }
    }

    private Map<String, Object> frameworkConfiguration(Path cache) {
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, cache.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put("felix.bootdelegation.implicit", "false");
        config.put(Constants.FRAMEWORK_BUNDLE_PARENT, Constants.FRAMEWORK_BUNDLE_PARENT_FRAMEWORK);
        config.put(Constants.FRAMEWORK_BOOTDELEGATION, BOOT_DELEGATION);
        List<String> extra = new ArrayList<>();
        exports.forEach((pkg, version) -> extra.add(pkg + ";version=\"" + version + "\""));
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, String.join(",", extra));
        config.put("felix.log.level", "1");
        return config;
    }

    /** The host's services, as the system bundle registers them in Confluence; each one a neutral stub. */
    private void registerHostServices(BundleContext system) {
        int registered = 0;
        for (Map.Entry<String, String> service : services.entrySet()) {
            Class<?> type;
            try {
                type = Class.forName(service.getKey(), false, HostLauncher.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                info("service-not-declared", service.getKey() + " (we declare no such host type; not registered)");
                continue;
            }
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put("seen-at", service.getValue());
            system.registerService(new String[] {type.getName()}, NeutralStub.of(type), properties);
            registered++;
        }
        count("host-services-registered", registered);
    }

    private void runOn(Felix felix, Path jar) throws Exception {
        BundleContext system = felix.getBundleContext();
        Map<String, Bundle> installed = new LinkedHashMap<>();
        for (Path bundle : bundles) {
            Bundle b = system.installBundle(bundle.toUri().toString());
            installed.put(b.getSymbolicName(), b);
        }
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        for (Bundle b : installed.values()) {
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null && b.getSymbolicName().startsWith("org.eclipse.gemini")) {
                b.start();
                if (b.getSymbolicName().equals("org.eclipse.gemini.blueprint.core")) {
                    listenToContextEvents(b, events);
                }
            }
        }
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        long started = System.nanoTime();
        Bundle plugin = system.installBundle(jar.toUri().toString());
        try {
            plugin.start();
        } catch (BundleException e) {
            fail("resolve", describe(e));
            return;
        }
        checkImports(plugin);
        ApplicationContext context = awaitContext(system, plugin, events);
        count("context-millis", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        List<Object> lifecycle = List.of();
        if (context != null) {
            checkReferences(context);
            createModules(context, plugin);
            lifecycle = lifecycle(plugin, "onStart");
        }
        long checking = System.nanoTime();
        checkClasses(plugin);
        count("classes-millis", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - checking));
        ClassLoader bundleLoader = plugin.adapt(BundleWiring.class).getClassLoader();
        count("plugin-threads-while-started", pluginThreads(before, plugin, bundleLoader).size());
        for (Object aware : lifecycle) {
            invoke(aware, "onStop");
        }
        long stopping = System.nanoTime();
        plugin.stop();
        count("stop-millis", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping));
        if (context instanceof ConfigurableApplicationContext configurable && configurable.isActive()) {
            fail("stop", "the plugin's Spring context is still active after the bundle stopped");
        }
        List<Thread> left = List.of();
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2); System.nanoTime() < deadline; ) {
            left = pluginThreads(before, plugin, bundleLoader);
            if (left.isEmpty()) {
                break;
            }
            Thread.sleep(50);
        }
        for (Thread thread : left) {
            fail("stop", "thread \"" + thread.getName() + "\" of the plugin is still running after stop");
        }
        count("threads-left-after-stop", left.size());
    }

    /** Gemini announces a context's fate (refreshed, failed, waiting for services) to listener services. */
    private void listenToContextEvents(Bundle core, BlockingQueue<Object> events) throws ClassNotFoundException {
        Class<?> listener = core.loadClass(GEMINI_LISTENER);
        Object proxy = Proxy.newProxyInstance(listener.getClassLoader(), new Class<?>[] {listener}, (self, method, args) -> {
            if (method.getName().equals("onOsgiApplicationEvent")) {
                events.add(args[0]);
                return null;
            }
            return switch (method.getName()) {
                case "equals" -> self == args[0];
                case "hashCode" -> System.identityHashCode(self);
                default -> "test listener";
            };
        });
        core.getBundleContext().registerService(GEMINI_LISTENER, proxy, null);
    }

    private void checkImports(Bundle plugin) {
        BundleRevision revision = plugin.adapt(BundleRevision.class);
        BundleWiring wiring = plugin.adapt(BundleWiring.class);
        Set<BundleRequirement> wired = new LinkedHashSet<>();
        for (BundleWire wire : wiring.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
            wired.add(wire.getRequirement());
            String pkg = (String) wire.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE);
            if (pkg.startsWith("javax.ws.rs") || pkg.startsWith("jakarta.ws.rs")) {
                info("wire", pkg + " -> " + wire.getProvider().getSymbolicName() + " " + wire.getProvider().getVersion());
            }
        }
        int declared = 0;
        int optionalUnwired = 0;
        for (BundleRequirement requirement : revision.getDeclaredRequirements(PackageNamespace.PACKAGE_NAMESPACE)) {
            declared++;
            if (!wired.contains(requirement)) {
                if (PackageNamespace.RESOLUTION_OPTIONAL.equals(
                        requirement.getDirectives().get(PackageNamespace.REQUIREMENT_RESOLUTION_DIRECTIVE))) {
                    optionalUnwired++;
                    info("optional-import-unwired", packageOf(requirement));
                } else {
                    fail("resolve", "import " + packageOf(requirement) + " is not wired");
                }
            }
        }
        count("imports-declared", declared);
        count("imports-wired", wired.size());
        count("imports-optional-unwired", optionalUnwired);
    }

    private static String packageOf(BundleRequirement requirement) {
        String filter = requirement.getDirectives().get("filter");
        int at = filter.indexOf(PackageNamespace.PACKAGE_NAMESPACE + "=");
        String rest = filter.substring(at + PackageNamespace.PACKAGE_NAMESPACE.length() + 1);
        return rest.substring(0, rest.indexOf(')'));
    }

    private ApplicationContext awaitContext(BundleContext system, Bundle plugin, BlockingQueue<Object> events)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CONTEXT_TIMEOUT_MILLIS);
        while (System.nanoTime() < deadline) {
            Object event = events.poll(100, TimeUnit.MILLISECONDS);
            if (event == null || call(event, "getBundle") != plugin) {
                continue;
            }
            String kind = event.getClass().getSimpleName();
            switch (kind) {
                case "OsgiBundleContextRefreshedEvent" -> {
                    return publishedContext(system, plugin);
                }
                case "OsgiBundleContextFailedEvent" -> {
                    fail("context", describe((Throwable) call(event, "getFailureCause")));
                    return null;
                }
                case "BootstrappingDependenciesEvent" -> {
                    // every host service is registered before the plugin starts, as in Confluence: waiting means
                    // a reference nothing publishes
                    @SuppressWarnings("unchecked")
                    Iterable<String> filters = (Iterable<String>) call(event, "getDependencyFilters");
                    for (String filter : filters) {
                        fail("reference", "service reference never binds: no host service matches " + filter);
                    }
                    return null;
                }
                default -> {
                }
            }
        }
        fail("context", "no Spring context within " + CONTEXT_TIMEOUT_MILLIS + " ms");
        return null;
    }

    private ApplicationContext publishedContext(BundleContext system, Bundle plugin) throws Exception {
        String filter = "(org.springframework.context.service.name=" + plugin.getSymbolicName() + ")";
        for (int attempt = 0; attempt < 50; attempt++) {
            ServiceReference<?>[] references = system.getServiceReferences(ApplicationContext.class.getName(), filter);
            if (references != null) {
                return (ApplicationContext) system.getService(references[0]);
            }
            Thread.sleep(20);
        }
        fail("context", "the context refreshed but was not published as an OSGi service");
        return null;
    }

    /** Every osgi:reference proxy is bound to a stub the system bundle registered under a modelled interface. */
    private void checkReferences(ApplicationContext context) throws Exception {
        var factory = ((ConfigurableApplicationContext) context).getBeanFactory();
        count("beans", context.getBeanDefinitionCount());
        int references = 0;
        int bound = 0;
        for (String name : context.getBeanDefinitionNames()) {
            BeanDefinition definition = factory.getBeanDefinition(name);
            if (definition.getBeanClassName() == null || !definition.getBeanClassName().endsWith("OsgiServiceProxyFactoryBean")) {
                continue;
            }
            references++;
            Object proxy = context.getBean(name);
            Object referenceProxy = invokeOn(proxy, IMPORTED_PROXY, "getServiceReference");
            ServiceReference<?> target = (ServiceReference<?>) call(referenceProxy, "getTargetServiceReference");
            if (target == null) {
                fail("reference", "reference " + name + " is not bound to any service");
                continue;
            }
            String[] classes = (String[]) target.getProperty(Constants.OBJECTCLASS);
            if (target.getBundle().getBundleId() != 0 || !services.containsKey(classes[0])) {
                fail("reference", "reference " + name + " is bound to " + String.join(",", classes)
                        + " from " + target.getBundle() + ", not to a host service");
            } else {
                bound++;
                info("bound", name + " -> " + classes[0]);
            }
        }
        count("references", references);
        count("references-bound", bound);
    }

    /**
     * SAL's lifecycle manager calls onStart on every service a plugin exports as LifecycleAware once the application
     * has started and the plugin is enabled, and onStop before the plugin goes: the reconcile job schedules itself here.
     */
    private List<Object> lifecycle(Bundle plugin, String method) {
        List<Object> found = new ArrayList<>();
        ServiceReference<?>[] exported = plugin.getRegisteredServices();
        for (ServiceReference<?> reference : exported == null ? new ServiceReference<?>[0] : exported) {
            if (List.of((String[]) reference.getProperty(Constants.OBJECTCLASS)).contains(LIFECYCLE_AWARE)) {
                Object service = plugin.getBundleContext().getService(reference);
                if (invoke(service, method)) {
                    found.add(service);
                }
            }
        }
        count("lifecycle-started", found.size());
        return found;
    }

    private boolean invoke(Object aware, String method) {
        try {
            Class.forName(LIFECYCLE_AWARE).getMethod(method).invoke(aware);
            return true;
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            fail("lifecycle", "LifecycleAware." + method + " of " + aware.getClass().getName() + ": " + describe(cause));
            return false;
        }
    }

    /** Confluence builds module classes with the plugin's context: createBean(class, AUTOWIRE_CONSTRUCTOR, false). */
    private void createModules(ApplicationContext context, Bundle plugin) {
        AutowireCapableBeanFactory factory = context.getAutowireCapableBeanFactory();
        Set<String> classes = new LinkedHashSet<>(modules);
        Set<String> rest = restResources(plugin);
        count("rest-resources", rest.size());
        classes.addAll(rest);
        int created = 0;
        for (String name : classes) {
            try {
                Object module = factory.createBean(plugin.loadClass(name), AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
                if (module != null) {
                    created++;
                }
            } catch (Throwable t) {
                fail("module", name + ": " + describe(t));
            }
        }
        count("modules", classes.size());
        count("modules-created", created);
    }

    private Set<String> restResources(Bundle plugin) {
        Set<String> resources = new TreeSet<>();
        for (String pkg : restPackages) {
            var entries = plugin.findEntries("/" + pkg.replace('.', '/'), "*.class", true);
            for (URL entry : entries == null ? List.<URL>of() : Collections.list(entries)) {
                String name = className(entry.getPath().substring(1));
                try {
                    Class<?> type = plugin.loadClass(name);
                    for (var annotation : type.getAnnotations()) {
                        String annotationType = annotation.annotationType().getName();
                        if (annotationType.equals("javax.ws.rs.Path") || annotationType.equals("jakarta.ws.rs.Path")) {
                            resources.add(name);
                        }
                    }
                } catch (Throwable t) {
                    fail("module", "REST class " + name + " does not load: " + describe(t));
                }
            }
        }
        return resources;
    }

    /**
     * Loads and links every class of the bundle and of the jars it embeds, then resolves every class, method and
     * field their bytecode refers to. An embedded library's reference into a package the manifest imports with
     * resolution:=optional is tolerated (its optional code paths); nothing else is.
     */
    private void checkClasses(Bundle plugin) throws IOException, ClassNotFoundException {
        Set<String> optional = new TreeSet<>();
        for (BundleRequirement requirement : plugin.adapt(BundleRevision.class)
                .getDeclaredRequirements(PackageNamespace.PACKAGE_NAMESPACE)) {
            if (PackageNamespace.RESOLUTION_OPTIONAL.equals(
                    requirement.getDirectives().get(PackageNamespace.REQUIREMENT_RESOLUTION_DIRECTIVE))) {
                optional.add(packageOf(requirement));
            }
        }
        Map<String, byte[]> own = new LinkedHashMap<>();
        var entries = plugin.findEntries("/", "*.class", true);
        for (URL entry : entries == null ? List.<URL>of() : Collections.list(entries)) {
            String path = entry.getPath().substring(1);
            if (!skipped(path)) {
                try (InputStream in = entry.openStream()) {
                    own.put(className(path), in.readAllBytes());
                }
            }
        }
        Map<String, byte[]> embedded = new LinkedHashMap<>();
        String classPath = plugin.getHeaders().get(Constants.BUNDLE_CLASSPATH);
        for (String element : classPath == null ? new String[0] : classPath.split(",")) {
            element = element.strip();
            if (element.equals(".")) {
                continue;
            }
            try (JarInputStream in = new JarInputStream(plugin.getEntry(element).openStream())) {
                for (JarEntry entry; (entry = in.getNextJarEntry()) != null; ) {
                    if (entry.getName().endsWith(".class") && !skipped(entry.getName())) {
                        embedded.put(className(entry.getName()), in.readAllBytes());
                    }
                }
            }
        }
        ClassLoader loader = plugin.adapt(BundleWiring.class).getClassLoader();
        BytecodeReferences.Resolution resolution = BytecodeReferences.through(loader);
        int linked = 0;
        int resolved = 0;
        int tolerated = 0;
        Set<BytecodeReferences.Reference> seen = new java.util.HashSet<>();
        for (boolean ours : new boolean[] {true, false}) {
            Map<String, byte[]> classes = ours ? own : embedded;
            for (Map.Entry<String, byte[]> each : classes.entrySet()) {
                String name = each.getKey();
                try {
                    Class<?> type = plugin.loadClass(name);
                    // reflection on members links the class (HotSpot verifies it) and loads every member's types
                    type.getDeclaredMethods();
                    type.getDeclaredFields();
                    type.getDeclaredConstructors();
                    linked++;
                } catch (Throwable t) {
                    String missing = String.valueOf(t.getMessage()).replace('/', '.');
                    if (!ours && optional.stream().anyMatch(p -> missing.startsWith(p + "."))) {
                        tolerated++;
                        line("TOLERATED", "link", name + ": " + describe(t));
                    } else {
                        fail("link", "class " + name + (ours ? "" : " (embedded)") + " does not load or link: " + describe(t));
                    }
                }
                for (BytecodeReferences.Reference reference : BytecodeReferences.of(each.getValue())) {
                    if (!seen.add(reference)) {
                        continue;
                    }
                    String problem = resolution.problem(reference);
                    if (problem == null) {
                        resolved++;
                    } else if (!ours && optional.contains(packageName(reference.owner()))) {
                        tolerated++;
                        line("TOLERATED", "bytecode", name + " -> " + problem);
                    } else {
                        fail("bytecode", name + (ours ? "" : " (embedded)") + " refers to " + reference + ": " + problem);
                    }
                }
            }
        }
        count("classes-own", own.size());
        count("classes-embedded", embedded.size());
        count("classes-linked", linked);
        count("references-resolved", resolved);
        count("references-tolerated", tolerated);
    }

    private static boolean skipped(String path) {
        return path.startsWith("META-INF/") || path.endsWith("module-info.class");
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }

    private static String packageName(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "" : internalName.substring(0, slash).replace('/', '.');
    }

    /** Threads started since the plugin was installed that carry its name or its class loader. */
    private static List<Thread> pluginThreads(Set<Thread> before, Bundle plugin, ClassLoader bundleLoader) {
        List<Thread> threads = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (before.contains(thread) || !thread.isAlive()) {
                continue;
            }
            ClassLoader context = thread.getContextClassLoader();
            boolean ours = thread.getName().startsWith("postmortems") || (context != null && (context == bundleLoader
                    || (context instanceof BundleReference reference && reference.getBundle() == plugin)
                    || bundleOf(context) == plugin));
            if (ours) {
                threads.add(thread);
            }
        }
        return threads;
    }

    /** Gemini's BundleDelegatingClassLoader tells its bundle by getBundle(). */
    private static Object bundleOf(ClassLoader loader) {
        try {
            Method getBundle = loader.getClass().getMethod("getBundle");
            return getBundle.invoke(loader);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        Method m = target.getClass().getMethod(method);
        m.setAccessible(true);
        return m.invoke(target);
    }

    private static Object invokeOn(Object target, String interfaceName, String method) throws ReflectiveOperationException {
        for (Class<?> type : target.getClass().getInterfaces()) {
            if (type.getName().equals(interfaceName)) {
                return type.getMethod(method).invoke(target);
            }
        }
        throw new IllegalStateException(target.getClass() + " is not an " + interfaceName);
    }

    /** The exception and each cause, on one line. */
    static String describe(Throwable t) {
        StringBuilder text = new StringBuilder(String.valueOf(t));
        Set<Throwable> seen = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        seen.add(t);
        for (Throwable cause = t.getCause(); cause != null && seen.add(cause); cause = cause.getCause()) {
            text.append(" | caused by ").append(cause);
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    private void count(String topic, long value) {
        line("COUNT", topic, Long.toString(value));
    }

    private void info(String topic, String text) {
        line("INFO", topic, text);
    }

    private void fail(String topic, String text) {
        line("FAIL", topic, text);
    }

    private void line(String kind, String topic, String text) {
        report.println(scenario + "\t" + kind + "\t" + topic + "\t" + text.replace('\t', ' ').replace('\n', ' '));
    }
}
