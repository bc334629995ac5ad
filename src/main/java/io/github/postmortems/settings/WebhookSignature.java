package io.github.postmortems.settings;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How a webhook call proves it knows the secret. Jira Data Center signs each call of a webhook that has a secret
 * with HMAC-SHA256 over the raw body, sent as {@code X-Hub-Signature: sha256=<hex>} ("Managing webhooks", Jira DC
 * administration docs); older Jira can only put the secret into the URL. Both comparisons take the same time
 * whatever part of the value was right.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Hub-Signature";
    private static final String METHOD = "sha256=";

    private WebhookSignature() {
    }

    /** Whether {@code header} is the HMAC-SHA256 of {@code body} under {@code secret}; false for any other form. */
    public static boolean matches(String secret, byte[] body, String header) {
        if (secret == null || secret.isEmpty() || header == null
                || !header.toLowerCase(Locale.ROOT).startsWith(METHOD)) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring(METHOD.length()).trim());
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, body), given);
    }

    /** The header value Jira sends for this body and secret. */
    public static String sign(String secret, byte[] body) {
        return METHOD + HexFormat.of().formatHex(hmac(secret, body));
    }

    /** Compares digests, so the time taken says nothing about how much of the secret was right, nor its length. */
    public static boolean sameSecret(String expected, String given) {
        if (expected == null || expected.isEmpty() || given == null) {
            return false;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] a = sha.digest(expected.getBytes(StandardCharsets.UTF_8));
            byte[] b = sha.digest(given.getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(a, b);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}
