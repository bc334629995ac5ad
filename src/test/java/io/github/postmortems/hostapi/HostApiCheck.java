package io.github.postmortems.hostapi;

import io.github.postmortems.hostapi.SignatureRecords.MemberRecord;
import io.github.postmortems.hostapi.SignatureRecords.TypeRecord;
import org.objectweb.asm.Opcodes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Our declarations of Atlassian types (src/host-api/java, as compiled) against the recorded real API: kind, the
 * supertypes we declare, type parameters and bounds, and for every public or protected member the erased descriptor,
 * static-ness, access, generic signature, constant value and checked exceptions. A difference is a problem naming the
 * type and member: code compiled against a wrong declaration links against a member the real host does not have.
 */
final class HostApiCheck {

    /** What a run checked and found. */
    record Report(List<String> problems, Set<String> typesChecked, int membersChecked, Set<String> allowListUsed) {
    }

    private final SignatureRecords records;
    private final Hierarchy hierarchy;
    private final Unrecorded unrecorded;

    HostApiCheck(SignatureRecords records, Unrecorded unrecorded) {
        this.records = records;
        this.hierarchy = new Hierarchy(records);
        this.unrecorded = unrecorded;
    }

    /** Checks the named top-level types and every public or protected type nested in them. */
    Report check(List<String> topLevelTypes, Function<String, byte[]> classFiles) {
        List<String> problems = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        Set<String> allowListUsed = new TreeSet<>();
        int members = 0;
        List<String> todo = new ArrayList<>(topLevelTypes);
        while (!todo.isEmpty()) {
            String name = todo.remove(todo.size() - 1);
            DeclaredType declared = DeclaredType.read(classFiles.apply(name));
            if (declared.nestedAccess != null && !visible(declared.nestedAccess)) {
                continue;
            }
            checked.add(name);
            todo.addAll(declared.nestedTypes);
            Optional<TypeRecord> real = records.type(name);
            if (real.isEmpty()) {
                if (unrecorded.covers(name)) {
                    allowListUsed.add(name);
                } else {
                    problems.add(name + ": no record of this type in the host signatures, and not in the allow-list "
                            + "of verified unrecorded declarations");
                }
                continue;
            }
            checkType(declared, real.get(), problems);
            for (DeclaredType.Member member : declared.members) {
                if (visible(member.access())) {
                    members++;
                    checkMember(declared, member, problems, allowListUsed);
                }
            }
        }
        return new Report(List.copyOf(problems), checked, members, allowListUsed);
    }

    private void checkType(DeclaredType declared, TypeRecord real, List<String> problems) {
        String name = declared.name;
        String realKind = describe(real);
        if (!declared.describe().equals(realKind)) {
            problems.add(name + ": declared as " + declared.describe() + ", real is " + realKind);
        }
        if (declared.nestedAccess != null && real.kind().equals("class")) {
            boolean ourStatic = (declared.nestedAccess & Opcodes.ACC_STATIC) != 0;
            if (ourStatic != real.flags().contains("static")) {
                problems.add(name + ": declared as " + (ourStatic ? "a static" : "an inner")
                        + " nested class, real is " + (ourStatic ? "inner" : "static"));
            }
        }
        int access = declared.nestedAccess != null ? declared.nestedAccess : declared.access;
        if ((access & Opcodes.ACC_PUBLIC) != 0 && !real.access().equals("public")) {
            problems.add(name + ": declared public, real is " + real.access());
        }
        String ours = Signatures.formalTypeParameters(declared.signature);
        if (!ours.equals(real.typeParameters())) {
            problems.add(name + ": type parameters " + shown(ours) + " differ from the real "
                    + shown(real.typeParameters()) + " (" + real.jar() + ")");
        }
        Set<String> realAncestors = hierarchy.selfAndAncestors(name);
        for (String supertype : declared.supertypes()) {
            if (!supertype.equals("java.lang.Object") && !realAncestors.contains(supertype)) {
                problems.add(name + ": declares supertype " + supertype + ", which the real type does not have "
                        + "(real: " + String.join(", ", real.supertypes()) + ")");
            }
        }
        if (real.kind().equals("annotation")) {
            checkAnnotation(declared, real, problems);
        }
    }

    private void checkAnnotation(DeclaredType declared, TypeRecord real, List<String> problems) {
        String retention = "CLASS(default)";
        String target = "(unspecified)";
        for (String part : real.value().split(";")) {
            if (part.startsWith("retention=")) {
                retention = part.substring("retention=".length());
            } else if (part.startsWith("target=")) {
                target = part.substring("target=".length());
            }
        }
        String ourRetention = declared.retention == null ? "CLASS(default)" : declared.retention;
        if (!ourRetention.equals(retention)) {
            problems.add(declared.name + ": retention " + ourRetention + ", real is " + retention);
        }
        Set<String> realTargets = target.equals("(unspecified)") ? Set.of() : Set.copyOf(Arrays.asList(target.split(",")));
        if (!new LinkedHashSet<>(declared.targets).equals(new LinkedHashSet<>(realTargets))) {
            problems.add(declared.name + ": targets " + declared.targets + ", real are " + realTargets);
        }
    }

    private void checkMember(DeclaredType declared, DeclaredType.Member member, List<String> problems,
                             Set<String> allowListUsed) {
        String where = declared.name + ": " + member.show();
        Optional<MemberRecord> found = hierarchy.find(declared.name, member.kind(), member.name(),
                member.descriptor());
        if (found.isEmpty()) {
            String key = declared.name + "#" + member.name() + member.descriptor();
            if (unrecorded.covers(key)) {
                allowListUsed.add(key);
                return;
            }
            List<String> candidates = hierarchy.candidates(declared.name, member.name());
            String implicit = member.kind().equals("constructor") && member.descriptor().equals("()V")
                    ? " (a constructor the compiler adds when a declaration has none: declare the real ones)" : "";
            problems.add(where + " is not in the real API" + implicit
                    + (candidates.isEmpty() ? "" : "; real has: " + String.join(", ", candidates)));
            return;
        }
        MemberRecord real = found.get();
        if (member.isStatic() != real.isStatic()) {
            problems.add(where + ": declared " + (member.isStatic() ? "static" : "not static") + ", real is "
                    + (real.isStatic() ? "static" : "not static"));
        }
        if (member.isPublic() && !real.access().equals("public")) {
            problems.add(where + ": declared public, real is " + real.access());
        }
        // An interface method with a body where the host's is abstract lets a test double skip what every real
        // implementation has, and the reverse makes ours demand what the host supplies.
        boolean ourAbstract = (member.access() & Opcodes.ACC_ABSTRACT) != 0;
        if (member.kind().equals("method") && declared.kind().equals("interface") && real.type().equals(declared.name)
                && ourAbstract != real.flags().contains("abstract")) {
            problems.add(where + ": declared " + (ourAbstract ? "abstract" : "with a body (default)") + ", real is "
                    + (real.flags().contains("abstract") ? "abstract" : "a default method"));
        }
        if (member.signature() != null && !member.signature().equals(Signatures.withoutThrows(real.signature()))) {
            problems.add(where + ": generic signature " + member.signature() + " differs from the real "
                    + real.signature());
        }
        for (String thrown : member.exceptions()) {
            if (hierarchy.isChecked(thrown)
                    && real.exceptions().stream().noneMatch(r -> hierarchy.isSubtype(thrown, r))) {
                problems.add(where + ": throws checked " + thrown + ", wider than the real throws clause "
                        + (real.exceptions().isEmpty() ? "(none)" : String.join(", ", real.exceptions())));
            }
        }
        if (member.constant() != null) {
            String ours = Constants.normalise(member.constant(), member.descriptor());
            Optional<String> theirs = real.constant();
            if (theirs.isEmpty()) {
                problems.add(where + ": a compile-time constant (" + ours + ") whose real field is not one; our "
                        + "code would inline a value the host may not have");
            } else if (!theirs.get().equals(ours)) {
                problems.add(where + ": constant " + ours + ", real is " + theirs.get());
            }
        }
    }

    private static String describe(TypeRecord real) {
        if (real.kind().equals("class")) {
            return (real.isAbstract() ? "abstract " : "") + (real.flags().contains("final") ? "final " : "") + "class";
        }
        return real.kind();
    }

    private static boolean visible(int access) {
        return (access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) != 0;
    }

    private static String shown(String typeParameters) {
        return typeParameters.isEmpty() ? "(none)" : typeParameters;
    }

    /** Constant values written as the records normalise them. */
    static final class Constants {

        private Constants() {
        }

        static String normalise(Object value, String descriptor) {
            if (value instanceof String s) {
                return quoted(s);
            }
            if (descriptor.equals("Z")) {
                return ((Integer) value) != 0 ? "true" : "false";
            }
            return String.valueOf(value);
        }

        private static String quoted(String s) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\t' -> out.append("\\t");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
            return out.append('"').toString();
        }
    }
}
