package io.github.postmortems.confluence.macro;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Confluence 9 blocks every method a Velocity template calls unless a velocity-allowlist module names it. This reads
 * each template the way Velocity resolves it (model types from the {@code @vtlvariable} comments, loop variables from
 * the element type of the list they walk) and fails on any call the descriptor's allowlist misses.
 */
class VelocityAllowlistTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern DECLARATION = Pattern.compile("@vtlvariable\\s+name=\"(\\w+)\"\\s+type=\"([\\w.$]+)\"");
    private static final String CHAIN = "(\\w+(?:\\.\\w+(?:\\([^()]*\\))?)*)";
    private static final Pattern FOREACH = Pattern.compile("#foreach\\s*\\(\\s*\\$(\\w+)\\s+in\\s+\\$!?\\{?" + CHAIN + "\\}?\\s*\\)");
    private static final Pattern SET = Pattern.compile("#set\\s*\\(\\s*\\$(\\w+)\\s*=\\s*\\$!?\\{?" + CHAIN + "\\}?\\s*\\)");
    private static final Pattern REFERENCE = Pattern.compile("\\$!?\\{?([a-zA-Z]\\w*)((?:\\.[a-zA-Z]\\w*(?:\\([^()]*\\))?)+)");
    private static final Pattern SEGMENT = Pattern.compile("\\.([a-zA-Z]\\w*)(\\(([^()]*)\\))?");

    @Test
    void everyMethodATemplateCallsIsAllowlisted() throws Exception {
        Set<String> allowed = allowlist();
        List<Path> templates = templates();
        assertFalse(templates.isEmpty(), "no templates under " + TEMPLATES);
        List<String> problems = new ArrayList<>();
        Set<String> called = new TreeSet<>();
        for (Path template : templates) {
            called.addAll(calls(template, problems));
        }
        for (String method : called) {
            if (!allowed.contains(method)) {
                problems.add("not allowlisted: " + method);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theAllowlistNamesOnlyMethodsThatExist() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String entry : allowlist()) {
            String className = entry.substring(0, entry.indexOf('#'));
            String signature = entry.substring(entry.indexOf('#') + 1);
            Class<?> type = Class.forName(className);
            boolean found = Arrays.stream(type.getMethods()).anyMatch(m -> signature(m).equals(signature));
            if (!found) {
                problems.add(entry + " does not exist");
            }
        }
        assertEquals(List.of(), problems);
    }

    private static Set<String> calls(Path template, List<String> problems) throws IOException {
        String text = Files.readString(template);
        Map<String, Type> variables = new HashMap<>();
        Matcher declared = DECLARATION.matcher(text);
        while (declared.find()) {
            try {
                variables.put(declared.group(1), Class.forName(declared.group(2)));
            } catch (ClassNotFoundException e) {
                problems.add(template + ": @vtlvariable type " + declared.group(2) + " does not exist");
            }
        }
        Set<String> calls = new TreeSet<>();
        // Loops and #set bind new names; resolve them in template order so a name is known before it is used.
        Matcher binder = Pattern.compile(FOREACH.pattern() + "|" + SET.pattern()).matcher(text);
        while (binder.find()) {
            boolean loop = binder.group(1) != null;
            String name = loop ? binder.group(1) : binder.group(3);
            String source = loop ? binder.group(2) : binder.group(4);
            Type type = resolve(template, source, variables, calls, problems);
            if (type != null) {
                variables.put(name, loop ? elementType(type) : type);
            }
        }
        Matcher reference = REFERENCE.matcher(text);
        while (reference.find()) {
            resolve(template, reference.group(1) + reference.group(2), variables, calls, problems);
        }
        return calls;
    }

    /** Walks {@code root.a.b(…)} from the root's type, recording each method Velocity would call. */
    private static Type resolve(Path template, String chain, Map<String, Type> variables, Set<String> calls,
                                List<String> problems) {
        int dot = chain.indexOf('.');
        String root = dot < 0 ? chain : chain.substring(0, dot);
        Type type = variables.get(root);
        if (type == null) {
            if (dot >= 0) {
                problems.add(template + ": $" + root + " has no @vtlvariable declaration");
            }
            return null;
        }
        Matcher segment = SEGMENT.matcher(dot < 0 ? "" : chain.substring(dot));
        while (segment.find()) {
            Class<?> owner = raw(type);
            String name = segment.group(1);
            Method method = segment.group(2) != null
                    ? byName(owner, name, arity(segment.group(3)))
                    : property(owner, name);
            if (method == null) {
                problems.add(template + ": " + owner.getName() + " has no " + segment.group() + " (in $" + chain + ")");
                return null;
            }
            calls.add(method.getDeclaringClass().getName() + "#" + signature(method));
            type = method.getGenericReturnType();
        }
        return type;
    }

    private static Method property(Class<?> owner, String name) {
        String capital = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : List.of("get" + capital, "is" + capital)) {
            try {
                return owner.getMethod(candidate);
            } catch (NoSuchMethodException e) {
                // Velocity tries the next accessor form too.
            }
        }
        return null;
    }

    private static Method byName(Class<?> owner, String name, int arity) {
        return Arrays.stream(owner.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity)
                .findFirst().orElse(null);
    }

    private static int arity(String arguments) {
        return arguments == null || arguments.isBlank() ? 0 : arguments.split(",").length;
    }

    private static Type elementType(Type listType) {
        if (listType instanceof ParameterizedType parameterized) {
            return parameterized.getActualTypeArguments()[0];
        }
        return Object.class;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static String signature(Method method) {
        return method.getName() + "(" + Arrays.stream(method.getParameterTypes()).map(Class::getName)
                .collect(Collectors.joining(",")) + ")";
    }

    private static List<Path> templates() throws IOException {
        if (!Files.isDirectory(TEMPLATES)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".vm")).sorted().toList();
        }
    }

    private static Set<String> allowlist() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document descriptor = factory.newDocumentBuilder().parse(Path.of("atlassian-plugin.xml").toFile());
        Set<String> methods = new TreeSet<>();
        NodeList lists = descriptor.getElementsByTagName("velocity-allowlist");
        for (int i = 0; i < lists.getLength(); i++) {
            NodeList entries = ((Element) lists.item(i)).getElementsByTagName("method");
            for (int j = 0; j < entries.getLength(); j++) {
                methods.add(entries.item(j).getTextContent().strip());
            }
        }
        return methods;
    }
}
