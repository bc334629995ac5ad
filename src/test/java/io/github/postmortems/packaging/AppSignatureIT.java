package io.github.postmortems.packaging;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build's signing step (src/build/java/.../AppSignature.java, run as the "sign" profile runs it) on a copy of the
 * built jar, with a throwaway key and certificate made by the README's openssl commands; the signature is then
 * checked as UPM 8 checks it (Ed25519 over the jar's bytes, Base64 in {@code <jar>.sig}, the trusted certificate's
 * public key): by the JDK and by openssl, the way Atlassian's troubleshooting page verifies one.
 */
class AppSignatureIT {

    private static final Path SIGNER = Path.of("src/build/java/io/github/postmortems/build/AppSignature.java");

    @TempDir
    static Path work;
    private static Path jar;
    private static Path key;
    private static Path certificate;

    @BeforeAll
    static void signACopyOfTheBuiltJarWithAThrowawayKey() throws Exception {
        String location = System.getProperty("plugin.jar");
        if (location == null) {
            throw new IllegalStateException("plugin.jar is not set: run this check through 'mvn verify'");
        }
        Path built = Path.of(location);
        jar = work.resolve(built.getFileName());
        Files.copy(built, jar);
        key = work.resolve("app-signing.key");
        certificate = work.resolve("app-signing.crt");
        newKeyAndCertificate(key, certificate, "Postmortems test signing");
        Result signed = run(javaCommand(key, certificate, jar));
        assertEquals(0, signed.status(), () -> "the signing step failed: " + signed.output());
    }

    @Test
    void theSignatureFileBesideTheJarIsOneLineOfBase64() throws IOException {
        String text = Files.readString(signatureOf(jar), StandardCharsets.US_ASCII);
        assertTrue(text.matches("[A-Za-z0-9+/]+={0,2}"), "not plain Base64: " + text);
        assertEquals(64, Base64.getDecoder().decode(text).length, "an Ed25519 signature is 64 bytes");
    }

    @Test
    void theJdkVerifiesTheSignatureWithTheCertificatesPublicKey() throws Exception {
        assertTrue(jdkVerifies(Files.readAllBytes(jar)));
    }

    @Test
    void opensslVerifiesTheSignatureAsAtlassiansTroubleshootingPageDoes() throws Exception {
        assertEquals(0, opensslVerify(jar).status(), () -> "openssl refused the signature");
    }

    @Test
    void aJarChangedAfterSigningFailsBothChecks() throws Exception {
        Path changed = work.resolve("changed").resolve(jar.getFileName());
        Files.createDirectories(changed.getParent());
        byte[] content = Files.readAllBytes(jar);
        content[content.length / 2] ^= 1;
        Files.write(changed, content);
        Files.copy(signatureOf(jar), signatureOf(changed));
        assertFalse(jdkVerifies(content));
        assertNotEquals(0, opensslVerify(changed).status(), "openssl accepted a changed jar");
    }

    @Test
    void theSigningStepRefusesACertificateOfAnotherKeyAndWritesNoSignature() throws Exception {
        Path other = work.resolve("other");
        Files.createDirectories(other);
        Path otherKey = other.resolve("other.key");
        Path otherCertificate = other.resolve("other.crt");
        newKeyAndCertificate(otherKey, otherCertificate, "Someone else");
        Path copy = other.resolve(jar.getFileName());
        Files.copy(jar, copy);
        Result result = run(javaCommand(key, otherCertificate, copy));
        assertNotEquals(0, result.status(), "signed with a key the certificate does not belong to");
        assertTrue(result.output().contains("does not belong to the signing key"), result.output());
        assertFalse(Files.exists(signatureOf(copy)));
    }

    // ---- as UPM and an administrator would check it

    private static boolean jdkVerifies(byte[] content) throws IOException, GeneralSecurityException {
        X509Certificate trusted;
        try (InputStream in = Files.newInputStream(certificate)) {
            trusted = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(trusted.getPublicKey());
        verifier.update(content);
        return verifier.verify(Base64.getDecoder().decode(Files.readString(signatureOf(jar), StandardCharsets.US_ASCII)));
    }

    private static Result opensslVerify(Path signedJar) throws Exception {
        Path dir = signedJar.getParent();
        Path publicKey = dir.resolve("public_key.pem");
        Path raw = dir.resolve("signature.bin");
        assertEquals(0, run(List.of(openssl(), "x509", "-in", certificate.toString(), "-noout", "-pubkey",
                "-out", publicKey.toString())).status());
        assertEquals(0, run(List.of(openssl(), "base64", "-d", "-A", "-in", signatureOf(signedJar).toString(),
                "-out", raw.toString())).status());
        return run(List.of(openssl(), "pkeyutl", "-verify", "-pubin", "-inkey", publicKey.toString(), "-rawin",
                "-in", signedJar.toString(), "-sigfile", raw.toString()));
    }

    /** The README's commands for an in-house key and self-signed certificate (one day is enough here). */
    private static void newKeyAndCertificate(Path key, Path certificate, String name) throws Exception {
        Result generated = run(List.of(openssl(), "genpkey", "-algorithm", "ed25519", "-out", key.toString()));
        assertEquals(0, generated.status(), generated::output);
        Result issued = run(List.of(openssl(), "req", "-new", "-x509", "-key", key.toString(), "-subj", "/CN=" + name,
                "-days", "1", "-out", certificate.toString()));
        assertEquals(0, issued.status(), issued::output);
    }

    private static List<String> javaCommand(Path key, Path certificate, Path jar) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), SIGNER.toAbsolutePath().toString(),
                key.toString(), certificate.toString(), jar.toString());
    }

    private static Path signatureOf(Path jar) {
        return jar.resolveSibling(jar.getFileName() + ".sig");
    }

    private static String openssl() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "openssl"))) {
                return Path.of(dir, "openssl").toString();
            }
        }
        throw new AssertionError("openssl is not installed (.ci/run installs Debian's package; apt-get install openssl)");
    }

    private record Result(int status, String output) {
    }

    private static Result run(List<String> command) throws Exception {
        Path log = Files.createTempFile(work, "command", ".log");
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not finish within 60 s: " + command);
        }
        return new Result(process.exitValue(), String.join(" ", command) + "\n" + Files.readString(log));
    }
}
