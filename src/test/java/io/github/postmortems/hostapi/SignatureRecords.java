package io.github.postmortems.hostapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The recorded real host API (shared/reference/host-signatures/*.tsv, Confluence 8.7.2): one row per type or member,
 * as its README describes. Read once; looked up by binary name.
 */
final class SignatureRecords {

    /** Where the records are: -Dhost.signatures.dir (set by the pom), else shared/ beside the checkout. */
    static Path defaultDirectory() {
        String configured = System.getProperty("host.signatures.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "shared", "reference", "host-signatures");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("No host signature records at " + dir.toAbsolutePath()
                    + ": the check needs shared/reference/host-signatures beside the checkout (or -Dhost.signatures.dir)");
        }
        return dir;
    }

    record TypeRecord(String kind, String name, String access, Set<String> flags, String signature, String superName,
                      List<String> interfaces, String value, String jar, List<MemberRecord> members) {

        boolean isAbstract() {
            return flags.contains("abstract");
        }

        /** The formal type parameters of the class signature ("<T:...;>"), empty when the type is not generic. */
        String typeParameters() {
            return Signatures.formalTypeParameters(signature);
        }

        List<String> supertypes() {
            List<String> all = new ArrayList<>();
            if (!superName.isEmpty()) {
                all.add(superName);
            }
            all.addAll(interfaces);
            return all;
        }
    }

    record MemberRecord(String kind, String type, String name, String access, Set<String> flags, String descriptor,
                        String signature, List<String> exceptions, String value) {

        boolean isStatic() {
            return flags.contains("static");
        }

        /** The constant's value as the records normalise it (const=...), if the field is a compile-time constant. */
        Optional<String> constant() {
            return value.startsWith("const=") ? Optional.of(value.substring("const=".length())) : Optional.empty();
        }

        String show() {
            return kind + " " + name + descriptor;
        }
    }

    private final Map<String, TypeRecord> types;

    private SignatureRecords(Map<String, TypeRecord> types) {
        this.types = types;
    }

    static SignatureRecords load(Path directory) {
        Map<String, TypeRecord> types = new HashMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                read(file, types);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (types.isEmpty()) {
            throw new IllegalStateException("No type records in " + directory.toAbsolutePath());
        }
        return new SignatureRecords(Map.copyOf(types));
    }

    private static void read(Path file, Map<String, TypeRecord> types) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        int kind = header.indexOf("kind");
        int type = header.indexOf("type");
        int name = header.indexOf("name");
        int access = header.indexOf("access");
        int flags = header.indexOf("flags");
        int descriptor = header.indexOf("descriptor");
        int signature = header.indexOf("signature");
        int thrown = header.indexOf("throws");
        int superName = header.indexOf("super");
        int interfaces = header.indexOf("interfaces");
        int value = header.indexOf("value");
        int jar = header.indexOf("jar");
        Map<String, List<MemberRecord>> members = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cell = line.split("\t", -1);
            String k = cell[kind];
            switch (k) {
                case "class", "interface", "enum", "annotation" -> {
                    List<MemberRecord> own = members.computeIfAbsent(cell[type], t -> new ArrayList<>());
                    types.putIfAbsent(cell[type], new TypeRecord(k, cell[type], cell[access], list(cell[flags]),
                            cell[signature], cell[superName], List.copyOf(list(cell[interfaces])), cell[value],
                            cell[jar], own));
                }
                default -> members.computeIfAbsent(cell[type], t -> new ArrayList<>())
                        .add(new MemberRecord(k, cell[type], cell[name], cell[access], list(cell[flags]),
                                cell[descriptor], cell[signature], List.copyOf(list(cell[thrown])), cell[value]));
            }
        }
    }

    /** A comma list cell ("a,b"), in order, without blanks. */
    private static Set<String> list(String cell) {
        return Arrays.stream(cell.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    Optional<TypeRecord> type(String binaryName) {
        return Optional.ofNullable(types.get(binaryName));
    }

    int size() {
        return types.size();
    }
}
