package io.github.postmortems.hostapi;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The signature check fails on each kind of wrong declaration, naming the type and the member: each case compiles one
 * deliberately wrong declaration of a real host type and runs the same check as HostApiSignaturesTest on it.
 */
class HostApiCheckTest {

    private static SignatureRecords records;

    @TempDir
    Path work;

    @BeforeAll
    static void load() {
        records = SignatureRecords.load(SignatureRecords.defaultDirectory());
    }

    @Test
    void missingTypeParameterBoundIsNamed() {
        List<String> problems = check("com.atlassian.confluence.core.Modification", """
                package com.atlassian.confluence.core;
                public interface Modification<T> { void modify(T content); }
                """);
        assertNamed(problems, "com.atlassian.confluence.core.Modification: type parameters <T:Ljava/lang/Object;>");
        assertNamed(problems, "com.atlassian.confluence.core.Modification: method modify(Ljava/lang/Object;)V is not "
                + "in the real API; real has: modify(Lcom/atlassian/confluence/core/ContentEntityObject;)V");
    }

    @Test
    void wrongReturnTypeIsNamed() {
        List<String> problems = check("com.atlassian.sal.api.message.I18nResolver", """
                package com.atlassian.sal.api.message;
                public interface I18nResolver { Object getText(String key); }
                """);
        assertNamed(problems, "com.atlassian.sal.api.message.I18nResolver: method getText(Ljava/lang/String;)"
                + "Ljava/lang/Object; is not in the real API");
    }

    @Test
    void classDeclaredWhereTheHostHasAnInterfaceIsNamed() {
        List<String> problems = check("com.atlassian.event.api.EventPublisher", """
                package com.atlassian.event.api;
                public abstract class EventPublisher { public abstract void publish(Object event); }
                """);
        assertNamed(problems, "com.atlassian.event.api.EventPublisher: declared as abstract class, real is interface");
    }

    @Test
    void concreteClassWhereTheHostHasAnAbstractOneIsNamed() {
        List<String> problems = check("com.atlassian.confluence.security.Permission", """
                package com.atlassian.confluence.security;
                public class Permission implements java.io.Serializable {
                    public static final Permission VIEW = new Permission();
                    protected Permission() { }
                }
                """);
        assertNamed(problems, "com.atlassian.confluence.security.Permission: declared as class, real is abstract class");
        assertNamed(problems, "com.atlassian.confluence.security.Permission: constructor <init>()V is not in the "
                + "real API");
    }

    @Test
    void extraStaticIsNamed() {
        List<String> problems = check("com.atlassian.confluence.pages.Page", """
                package com.atlassian.confluence.pages;
                public class Page { public static String getSpaceKey() { return null; } }
                """);
        assertNamed(problems, "com.atlassian.confluence.pages.Page: method getSpaceKey()Ljava/lang/String;: "
                + "declared static, real is not static");
    }

    @Test
    void implicitConstructorTheHostDoesNotHaveIsNamed() {
        List<String> problems = check("com.atlassian.confluence.event.events.content.page.PageCreateEvent", """
                package com.atlassian.confluence.event.events.content.page;
                public class PageCreateEvent { }
                """);
        assertNamed(problems, "com.atlassian.confluence.event.events.content.page.PageCreateEvent: constructor "
                + "<init>()V is not in the real API (a constructor the compiler adds");
    }

    @Test
    void widerCheckedExceptionIsNamed() {
        List<String> problems = check("com.atlassian.templaterenderer.TemplateRenderer", """
                package com.atlassian.templaterenderer;
                public interface TemplateRenderer {
                    void render(String template, java.util.Map<String, Object> context, java.io.Writer writer)
                            throws Exception;
                }
                """);
        assertNamed(problems, "com.atlassian.templaterenderer.TemplateRenderer: method render(Ljava/lang/String;"
                + "Ljava/util/Map;Ljava/io/Writer;)V: throws checked java.lang.Exception, wider than the real throws "
                + "clause");
    }

    @Test
    void supertypeTheHostTypeDoesNotHaveIsNamed() {
        List<String> problems = check("com.atlassian.sal.api.user.UserKey", """
                package com.atlassian.sal.api.user;
                public final class UserKey implements Runnable {
                    public UserKey(String key) { }
                    public void run() { }
                }
                """);
        assertNamed(problems, "com.atlassian.sal.api.user.UserKey: declares supertype java.lang.Runnable");
    }

    @Test
    void runtimeAnnotationDeclaredWithClassRetentionIsNamed() {
        List<String> problems = check("com.atlassian.event.api.EventListener", """
                package com.atlassian.event.api;
                @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
                public @interface EventListener { }
                """);
        assertNamed(problems, "com.atlassian.event.api.EventListener: retention CLASS(default), real is RUNTIME");
    }

    @Test
    void typeWithoutARecordFailsUnlessAllowListedWithASource() {
        String source = """
                package com.atlassian.confluence.imaginary;
                public interface Widget { void spin(); }
                """;
        assertNamed(check("com.atlassian.confluence.imaginary.Widget", source),
                "com.atlassian.confluence.imaginary.Widget: no record of this type");
        Unrecorded allowed = new Unrecorded(Map.of("com.atlassian.confluence.imaginary.Widget", "seen in a test"));
        assertEquals(List.of(), check("com.atlassian.confluence.imaginary.Widget", source, allowed));
    }

    @Test
    void rightDeclarationPasses() {
        assertEquals(List.of(), check("com.atlassian.confluence.core.Modification", """
                package com.atlassian.confluence.core;
                public interface Modification<T extends ContentEntityObject> { void modify(T content); }
                """));
    }

    private List<String> check(String binaryName, String source) {
        return check(binaryName, source, Unrecorded.none());
    }

    /** Compiles one wrong declaration on its own (against the real declarations for what it mentions) and checks it. */
    private List<String> check(String binaryName, String source, Unrecorded unrecorded) {
        try {
            Path sources = Files.createDirectories(work.resolve("src"));
            Path classes = Files.createDirectories(work.resolve("classes"));
            Path file = sources.resolve(binaryName.substring(binaryName.lastIndexOf('.') + 1) + ".java");
            Files.writeString(file, source);
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int exit = javac.run(null, null, errors, "-d", classes.toString(), "-proc:none",
                    "-cp", System.getProperty("java.class.path"), file.toString());
            assertEquals(0, exit, () -> "the wrong declaration should still compile: " + errors
                    .toString(StandardCharsets.UTF_8));
            HostApiCheck.Report report = new HostApiCheck(records, unrecorded).check(List.of(binaryName),
                    name -> read(classes.resolve(name.replace('.', '/') + ".class")));
            return report.problems();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path classFile) {
        try {
            return Files.readAllBytes(classFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertNamed(List<String> problems, String expected) {
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected) || p.contains(expected)),
                () -> "expected a problem starting \"" + expected + "\", got:\n  " + String.join("\n  ", problems));
    }
}
