package io.github.postmortems.settings;

import java.security.SecureRandom;
import java.util.Base64;

/** New webhook secrets: 32 random bytes from a {@link SecureRandom}, base64url without padding (43 characters). */
public final class WebhookSecrets {

    private static final int BYTES = 32;

    private final SecureRandom random;

    public WebhookSecrets() {
        this(new SecureRandom());
    }

    WebhookSecrets(SecureRandom random) {
        this.random = random;
    }

    public String generate() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
