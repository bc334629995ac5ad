package io.github.postmortems.digest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;

/**
 * The token in a digest's "stop" link: an HMAC of the user key under the site's secret, so the link works from any
 * mail client without signing in, and nobody can stop someone else's digest by guessing a user key. The same token
 * guards the stop page's form against cross-site posts.
 */
public final class StopTokens {

    private static final String ALGORITHM = "HmacSHA256";
    /** A user key is at most 255 characters in Confluence; anything longer is not one. */
    private static final int MAX_USER_KEY = 255;

    private final byte[] secret;

    public StopTokens(byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < 16) {
            throw new IllegalArgumentException("a secret of at least 16 bytes");
        }
        this.secret = secret.clone();
    }

    public String token(String userKey) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            byte[] digest = mac.doFinal(("digest-stop:" + userKey).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whether the token is the one mailed to this user key; compared in constant time. */
    public boolean matches(String userKey, String token) {
        if (userKey == null || token == null || userKey.isEmpty() || userKey.length() > MAX_USER_KEY
                || token.length() > 100) {
            return false;
        }
        return MessageDigest.isEqual(token(userKey).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.UTF_8));
    }
}
