package io.github.postmortems.packaging;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plugin's Spring XML (gemini-blueprint flavour) as the plugin system will read it: beans, OSGi service
 * references and exported services. Checks what would otherwise only fail when an admin enables the plugin.
 */
final class SpringWiring {

    private static final String BEANS = "http://www.springframework.org/schema/beans";
    private static final Set<String> OSGI = Set.of(
            "http://www.eclipse.org/gemini/blueprint/schema/blueprint", "http://www.springframework.org/schema/osgi");
    private static final Set<String> INJECT = Set.of(
            "javax.inject.Inject", "jakarta.inject.Inject", "org.springframework.beans.factory.annotation.Autowired");

    private final Map<String, String> beans = new LinkedHashMap<>();
    private final Map<String, String> references = new LinkedHashMap<>();
    private final List<String[]> services = new ArrayList<>();
    private final Set<String> beansWithExplicitArgs = new LinkedHashSet<>();
    private final Set<String> notAutowired = new LinkedHashSet<>();
    /** Bean id → its constructor-args in order, each {"ref", id} or {"value", text}. */
    private final Map<String, List<String[]>> explicitArgs = new LinkedHashMap<>();
    /** Beans made by a static factory method (class → method): typed by what the method returns. */
    private final Map<String, String> factoryMethods = new LinkedHashMap<>();
    private final List<String> files = new ArrayList<>();
    private final List<String> structural = new ArrayList<>();

    static SpringWiring read(PluginJar jar) throws IOException {
        SpringWiring wiring = new SpringWiring();
        for (String name : jar.entryNames()) {
            if (name.startsWith("META-INF/spring/") && name.endsWith(".xml")) {
                wiring.files.add(name);
                wiring.add(name, jar.xml(name));
            }
        }
        return wiring;
    }

    private void add(String file, Document xml) {
        Element root = xml.getDocumentElement();
        if (!BEANS.equals(root.getNamespaceURI()) || !root.getLocalName().equals("beans")) {
            structural.add(file + ": root element must be <beans> in " + BEANS);
        }
        if (!"constructor".equals(root.getAttribute("default-autowire"))) {
            structural.add(file + ": default-autowire=\"constructor\" is what lets module classes take services");
        }
        for (Element element : Descriptor.all(root)) {
            String ns = element.getNamespaceURI();
            String local = element.getLocalName();
            if (BEANS.equals(ns) && local.equals("bean")) {
                beans.put(id(element, file), element.getAttribute("class"));
                if ("false".equals(element.getAttribute("autowire-candidate"))) {
                    notAutowired.add(id(element, file)); // reachable by ref only
                }
                if (!element.getAttribute("factory-method").isEmpty()) {
                    factoryMethods.put(element.getAttribute("class"), element.getAttribute("factory-method"));
                }
                if (element.getElementsByTagNameNS(BEANS, "constructor-arg").getLength() > 0) {
                    beansWithExplicitArgs.add(element.getAttribute("class"));
                    List<String[]> args = new ArrayList<>();
                    var list = element.getElementsByTagNameNS(BEANS, "constructor-arg");
                    for (int i = 0; i < list.getLength(); i++) {
                        Element arg = (Element) list.item(i);
                        args.add(arg.hasAttribute("ref") ? new String[] {"ref", arg.getAttribute("ref")}
                                : new String[] {"value", arg.getAttribute("value")});
                    }
                    explicitArgs.put(id(element, file), args);
                }
            } else if (OSGI.contains(ns) && local.equals("reference")) {
                for (String iface : interfaces(element)) {
                    references.put(id(element, file), iface);
                }
            } else if (OSGI.contains(ns) && local.equals("service")) {
                for (String iface : interfaces(element)) {
                    services.add(new String[] {element.getAttribute("ref"), iface, file});
                }
            }
        }
    }

    /** The interfaces of the host services the plugin asks for (osgi:reference), without those it offers. */
    Set<String> importedServices() {
        return new LinkedHashSet<>(references.values());
    }

    Set<String> referencedServices() {
        Set<String> all = new LinkedHashSet<>(references.values());
        services.forEach(s -> all.add(s[1]));
        return all;
    }

    /** Everything that would stop the context from starting; {@code modules} are classes the plugin system builds. */
    List<String> problems(PluginJar jar, Set<String> modules) {
        List<String> problems = new ArrayList<>(structural);
        if (files.isEmpty()) {
            problems.add("no META-INF/spring/*.xml in the jar");
        }
        List<Class<?>> beanTypes = new ArrayList<>();
        beans.forEach((id, className) -> {
            Class<?> type = jar.load(className);
            if (type != null && factoryMethods.containsKey(className)) {
                try {
                    java.lang.reflect.Method factory = type.getMethod(factoryMethods.get(className));
                    if (!Modifier.isStatic(factory.getModifiers())) {
                        problems.add("bean " + id + ": " + className + "." + factory.getName() + " is not static");
                    } else {
                        beanTypes.add(factory.getReturnType());
                    }
                } catch (NoSuchMethodException e) {
                    problems.add("bean " + id + ": " + className + " has no " + factoryMethods.get(className) + "()");
                }
            } else if (type == null || !jar.holds(className)) {
                problems.add("bean " + id + ": " + className + " is not in the jar");
            } else if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                problems.add("bean " + id + ": " + className + " is abstract");
            } else if (!notAutowired.contains(id)) {
                beanTypes.add(type);
            }
        });
        List<Class<?>> serviceTypes = new ArrayList<>();
        references.forEach((id, iface) -> {
            Class<?> type = jar.load(iface);
            if (type == null || jar.holds(iface)) {
                problems.add("reference " + id + ": " + iface + " is not a declared host type");
            } else if (!type.isInterface()) {
                problems.add("reference " + id + ": " + iface + " is not an interface; OSGi services are looked up by interface");
            } else {
                serviceTypes.add(type);
            }
        });
        for (String[] service : services) {
            String className = beans.get(service[0]);
            Class<?> iface = jar.load(service[1]);
            Class<?> bean = className == null ? null : jar.load(className);
            if (bean == null) {
                problems.add(service[2] + ": service exports unknown bean " + service[0]);
            } else if (iface == null || !iface.isAssignableFrom(bean)) {
                problems.add(service[2] + ": bean " + service[0] + " does not implement " + service[1]);
            }
        }
        problems.addAll(explicitArgProblems(jar));
        Set<String> toBuild = new LinkedHashSet<>(beans.values());
        toBuild.addAll(modules);
        toBuild.removeAll(beansWithExplicitArgs);
        toBuild.removeAll(factoryMethods.keySet());
        for (String className : toBuild) {
            Class<?> type = jar.load(className);
            if (type == null || !jar.holds(className)) {
                continue;
            }
            Constructor<?> constructor = autowiredConstructor(type);
            if (constructor == null) {
                problems.add(className + ": no constructor Spring could choose (one public constructor, or one marked @Inject)");
                continue;
            }
            for (Class<?> parameter : constructor.getParameterTypes()) {
                long candidates = beanTypes.stream().filter(parameter::isAssignableFrom).count()
                        + serviceTypes.stream().filter(parameter::isAssignableFrom).count();
                if (candidates == 0) {
                    problems.add(className + ": nothing in the Spring context provides a " + parameter.getName());
                } else if (candidates > 1) {
                    problems.add(className + ": " + candidates + " beans could provide a " + parameter.getName());
                }
            }
        }
        return problems;
    }

    /** Beans wired by constructor-arg: every ref names a bean or reference, and one public constructor takes them. */
    private List<String> explicitArgProblems(PluginJar jar) {
        List<String> problems = new ArrayList<>();
        Map<String, Class<?>> byId = new LinkedHashMap<>();
        beans.forEach((id, className) -> {
            Class<?> type = jar.load(className);
            if (type != null && factoryMethods.containsKey(className)) {
                try {
                    type = type.getMethod(factoryMethods.get(className)).getReturnType();
                } catch (NoSuchMethodException e) {
                    type = null;
                }
            }
            if (type != null) {
                byId.put(id, type);
            }
        });
        references.forEach((id, iface) -> {
            Class<?> type = jar.load(iface);
            if (type != null) {
                byId.put(id, type);
            }
        });
        explicitArgs.forEach((id, args) -> {
            Class<?> type = jar.load(beans.get(id));
            if (type == null) {
                return;
            }
            for (String[] arg : args) {
                if (arg[0].equals("ref") && !byId.containsKey(arg[1])) {
                    problems.add("bean " + id + ": constructor-arg ref " + arg[1] + " names no bean or reference");
                }
            }
            boolean fits = Arrays.stream(type.getConstructors())
                    .anyMatch(constructor -> takes(constructor.getParameterTypes(), args, byId));
            if (!fits) {
                problems.add("bean " + id + ": no public constructor of " + type.getName() + " takes its "
                        + args.size() + " constructor-args");
            }
        });
        return problems;
    }

    private static boolean takes(Class<?>[] parameters, List<String[]> args, Map<String, Class<?>> byId) {
        if (parameters.length != args.size()) {
            return false;
        }
        for (int i = 0; i < parameters.length; i++) {
            String[] arg = args.get(i);
            if (arg[0].equals("ref")) {
                Class<?> given = byId.get(arg[1]);
                if (given == null || !parameters[i].isAssignableFrom(given)) {
                    return false;
                }
            } else if (!parameters[i].isPrimitive() && parameters[i] != String.class) {
                return false;
            }
        }
        return true;
    }

    private static Constructor<?> autowiredConstructor(Class<?> type) {
        Constructor<?>[] constructors = type.getConstructors();
        List<Constructor<?>> marked = Arrays.stream(type.getDeclaredConstructors())
                .filter(c -> Arrays.stream(c.getAnnotations()).anyMatch(a -> INJECT.contains(a.annotationType().getName())))
                .toList();
        if (marked.size() == 1) {
            return marked.get(0);
        }
        return constructors.length == 1 ? constructors[0] : null;
    }

    private static List<String> interfaces(Element element) {
        List<String> names = new ArrayList<>();
        if (!element.getAttribute("interface").isEmpty()) {
            names.add(element.getAttribute("interface"));
        }
        for (Element child : Descriptor.all(element)) {
            if (child.getLocalName().equals("value") && child.getParentNode().getLocalName().equals("interfaces")) {
                names.add(child.getTextContent().strip());
            }
        }
        return names;
    }

    private String id(Element element, String file) {
        String id = element.getAttribute("id");
        if (id.isEmpty()) {
            structural.add(file + ": <" + element.getLocalName() + "> without id");
        }
        return id;
    }
}
