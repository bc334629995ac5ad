package io.github.postmortems.hostapi;

import io.github.postmortems.hostapi.SignatureRecords.MemberRecord;
import io.github.postmortems.hostapi.SignatureRecords.TypeRecord;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The real type hierarchy: Atlassian types from the records (supertypes.tsv holds every non-JDK ancestor), JDK types
 * from the running JDK, as the records' README says to read them.
 */
final class Hierarchy {

    private final SignatureRecords records;

    Hierarchy(SignatureRecords records) {
        this.records = records;
    }

    /** The direct supertypes of a real type; empty for java.lang.Object and for names neither records nor JDK know. */
    List<String> directSupertypes(String type) {
        Optional<TypeRecord> recorded = records.type(type);
        if (recorded.isPresent()) {
            return recorded.get().supertypes();
        }
        return jdk(type).map(c -> {
            List<String> all = new ArrayList<>();
            if (c.getSuperclass() != null) {
                all.add(c.getSuperclass().getName());
            }
            Arrays.stream(c.getInterfaces()).map(Class::getName).forEach(all::add);
            return all;
        }).orElse(List.of());
    }

    /** The type and every ancestor, nearest first (breadth-first, without repeats). */
    Set<String> selfAndAncestors(String type) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(type));
        while (!todo.isEmpty()) {
            String next = todo.removeFirst();
            if (seen.add(next)) {
                todo.addAll(directSupertypes(next));
            }
        }
        return seen;
    }

    boolean isSubtype(String type, String ancestor) {
        return selfAndAncestors(type).contains(ancestor);
    }

    boolean isChecked(String exception) {
        Set<String> ancestors = selfAndAncestors(exception);
        return !ancestors.contains("java.lang.RuntimeException") && !ancestors.contains("java.lang.Error");
    }

    /** The members of one real type (not inherited), recorded or read from the JDK. */
    List<MemberRecord> ownMembers(String type) {
        Optional<TypeRecord> recorded = records.type(type);
        if (recorded.isPresent()) {
            return recorded.get().members();
        }
        return jdk(type).map(Hierarchy::jdkMembers).orElse(List.of());
    }

    /**
     * A member of the real type with this kind, name and descriptor: constructors of the type itself, other members
     * also where the type inherits them (our declarations flatten some hierarchies, as ContentEntityObject does).
     */
    Optional<MemberRecord> find(String type, String kind, String name, String descriptor) {
        List<String> where = kind.equals("constructor") ? List.of(type) : List.copyOf(selfAndAncestors(type));
        for (String each : where) {
            for (MemberRecord member : ownMembers(each)) {
                if (member.kind().equals(kind) && member.name().equals(name)
                        && member.descriptor().equals(descriptor)) {
                    return Optional.of(member);
                }
            }
        }
        return Optional.empty();
    }

    /** Same-named members of the real type and its ancestors, to say what the real API has instead. */
    List<String> candidates(String type, String name) {
        List<String> found = new ArrayList<>();
        List<String> where = name.equals("<init>") ? List.of(type) : List.copyOf(selfAndAncestors(type));
        for (String each : where) {
            for (MemberRecord member : ownMembers(each)) {
                if (member.name().equals(name)) {
                    found.add((member.isStatic() ? "static " : "") + member.name() + member.descriptor()
                            + (each.equals(type) ? "" : " in " + each));
                }
            }
        }
        return found;
    }

    private static Optional<Class<?>> jdk(String type) {
        if (!type.startsWith("java.") && !type.startsWith("javax.") && !type.startsWith("jdk.")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Class.forName(type, false, ClassLoader.getPlatformClassLoader()));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private static List<MemberRecord> jdkMembers(Class<?> type) {
        List<MemberRecord> members = new ArrayList<>();
        String owner = type.getName();
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (visible(c.getModifiers())) {
                String descriptor = DeclaredType.descriptorOf(void.class, c.getParameterTypes());
                members.add(jdkMember("constructor", owner, "<init>", c.getModifiers(), descriptor,
                        c.getExceptionTypes()));
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (visible(m.getModifiers()) && !m.isSynthetic()) {
                String descriptor = DeclaredType.descriptorOf(m.getReturnType(), m.getParameterTypes());
                members.add(jdkMember("method", owner, m.getName(), m.getModifiers(), descriptor,
                        m.getExceptionTypes()));
            }
        }
        for (Field f : type.getDeclaredFields()) {
            if (visible(f.getModifiers())) {
                String descriptor = org.objectweb.asm.Type.getDescriptor(f.getType());
                members.add(jdkMember(f.isEnumConstant() ? "enum-constant" : "field", owner, f.getName(),
                        f.getModifiers(), descriptor, new Class<?>[0]));
            }
        }
        return members;
    }

    private static MemberRecord jdkMember(String kind, String owner, String name, int modifiers, String descriptor,
                                          Class<?>[] exceptions) {
        Set<String> flags = new LinkedHashSet<>();
        if (Modifier.isStatic(modifiers)) {
            flags.add("static");
        }
        return new MemberRecord(kind, owner, name, Modifier.isPublic(modifiers) ? "public" : "protected", flags,
                descriptor, descriptor, Arrays.stream(exceptions).map(Class::getName).toList(), "");
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }
}
