package io.github.postmortems.hostapi;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every class compiled from src/host-api/java matches the recorded real Confluence API (8.7.2), or is in the
 * allow-list with the place it was verified. A declaration that differs from the real type would pass every other
 * test and fail only in a real Confluence: Modification without its ContentEntityObject bound compiled our lambda to
 * modify(Object), and the key write-back died of AbstractMethodError. This test is that defect's regression test.
 */
class HostApiSignaturesTest {

    private static SignatureRecords records;
    private static Unrecorded unrecorded;
    private static List<String> declarations;

    @BeforeAll
    static void load() throws IOException {
        records = SignatureRecords.load(SignatureRecords.defaultDirectory());
        unrecorded = Unrecorded.load();
        Path sources = Path.of(System.getProperty("host.api.sources", "src/host-api/java"));
        try (Stream<Path> files = Files.walk(sources)) {
            declarations = files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> sources.relativize(f).toString().replace(".java", "").replace('/', '.'))
                    .filter(name -> !name.endsWith("package-info"))
                    .sorted().toList();
        }
    }

    @Test
    void everyHostDeclarationMatchesTheRealApi() {
        HostApiCheck.Report report = new HostApiCheck(records, unrecorded).check(declarations,
                HostApiSignaturesTest::compiledClass);
        assertTrue(report.typesChecked().size() >= declarations.size() && report.membersChecked() > 100,
                "checked too little to mean anything: " + report.typesChecked().size() + " types, "
                        + report.membersChecked() + " members");
        System.out.printf("host API check: %d declared types, %d members against %d recorded types; allow-listed: %s%n",
                report.typesChecked().size(), report.membersChecked(), records.size(), report.allowListUsed());
        assertTrue(report.problems().isEmpty(), () -> report.problems().size() + " declarations differ from the "
                + "real API:\n  " + String.join("\n  ", report.problems()));
    }

    @Test
    void everyAllowListEntryNamesItsSourceAndIsStillNeeded() {
        HostApiCheck.Report report = new HostApiCheck(records, unrecorded).check(declarations,
                HostApiSignaturesTest::compiledClass);
        for (Map.Entry<String, String> entry : unrecorded.entries().entrySet()) {
            String type = entry.getKey().split("#")[0];
            assertFalse(entry.getValue().isBlank(), entry.getKey() + " is allow-listed without a source");
            assertTrue(records.type(type).isEmpty() || entry.getKey().contains("#"),
                    entry.getKey() + " has a record now: take it off the allow-list");
            assertTrue(report.allowListUsed().contains(entry.getKey()),
                    entry.getKey() + " is allow-listed but no declaration needs it");
        }
    }

    private static byte[] compiledClass(String binaryName) {
        String resource = "/" + binaryName.replace('.', '/') + ".class";
        try (InputStream in = HostApiSignaturesTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no class file for the declaration " + binaryName);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
