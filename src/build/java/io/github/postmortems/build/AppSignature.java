package io.github.postmortems.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * Writes the detached app signature UPM 8 checks beside each jar: {@code <jar>.sig}, the Base64 of the Ed25519
 * signature of the jar's bytes. Run by the build (profile "sign") as a single-file program, only when given a key:
 * {@code java AppSignature.java <private key, PKCS#8 PEM> <certificate, PEM> <jar>...}. JDK only, so a fresh machine
 * needs nothing more than the build already has.
 *
 * <p>Each signature is verified against the certificate before it is written: a key that does not match the
 * certificate the administrator trusts would otherwise only be found at upload time.
 */
public final class AppSignature {

    static final String ALGORITHM = "Ed25519";
    static final String SUFFIX = ".sig";

    private AppSignature() {
    }

    public static void main(String[] args) throws IOException, GeneralSecurityException {
        if (args.length < 3) {
            System.err.println("usage: java AppSignature.java <key.pem> <certificate.pem> <jar>...");
            System.exit(2);
        }
        for (int i = 0; i < 2; i++) {
            if (!Files.isRegularFile(Path.of(args[i]))) {
                System.err.println("no such file: " + args[i] + " (give the build -Dsign.key=<key.pem> -Dsign.cert=<certificate.pem>)");
                System.exit(2);
            }
        }
        PrivateKey key = privateKey(Path.of(args[0]));
        X509Certificate certificate = certificate(Path.of(args[1]));
        for (int i = 2; i < args.length; i++) {
            Path signature = sign(Path.of(args[i]), key, certificate);
            System.out.println("signed " + args[i] + " -> " + signature.getFileName() + " (certificate "
                    + certificate.getSubjectX500Principal().getName() + ", valid until " + certificate.getNotAfter() + ")");
        }
    }

    /** Signs the jar and writes its signature file beside it; fails when the certificate does not match the key. */
    static Path sign(Path jar, PrivateKey key, X509Certificate certificate) throws IOException, GeneralSecurityException {
        byte[] content = Files.readAllBytes(jar);
        Signature signer = Signature.getInstance(ALGORITHM);
        signer.initSign(key);
        signer.update(content);
        byte[] signature = signer.sign();
        if (!verifies(content, signature, certificate)) {
            throw new GeneralSecurityException("the certificate " + certificate.getSubjectX500Principal().getName()
                    + " does not belong to the signing key: UPM would refuse " + jar.getFileName());
        }
        Path file = jar.resolveSibling(jar.getFileName() + SUFFIX);
        Files.writeString(file, Base64.getEncoder().encodeToString(signature), StandardCharsets.US_ASCII);
        return file;
    }

    /** The check UPM makes: the jar's bytes against the signature, with the trusted certificate's public key. */
    static boolean verifies(byte[] content, byte[] signature, X509Certificate certificate) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance(ALGORITHM);
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(content);
        return verifier.verify(signature);
    }

    /** An unencrypted PKCS#8 PEM key, as {@code openssl genpkey -algorithm ed25519} writes it. */
    static PrivateKey privateKey(Path pem) throws IOException, GeneralSecurityException {
        String text = Files.readString(pem, StandardCharsets.US_ASCII);
        if (text.contains("ENCRYPTED")) {
            throw new GeneralSecurityException(pem + " is encrypted; give the build an unencrypted copy "
                    + "(openssl pkey -in " + pem.getFileName() + " -out plain.key) and delete it afterwards");
        }
        String body = text.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    static X509Certificate certificate(Path pem) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }
}
