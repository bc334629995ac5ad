package io.github.postmortems.settings;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookTest {

    @Test
    void theAddressIsTheWebhookResourceOnTheCanonicalBaseUrlWithTheSecretInTheQuery() {
        assertEquals("https://wiki.example.com/confluence/rest/postmortems/1.0/jira/webhook?secret=k3Jv9_Qx-2mN8pL4tR7w",
                WebhookAddress.of("https://wiki.example.com/confluence/", "k3Jv9_Qx-2mN8pL4tR7w"));
    }

    @Test
    void noSecretNoAddress() {
        assertEquals("", WebhookAddress.of("https://wiki.example.com", ""));
    }

    @Test
    void generatedSecretsAreThirtyTwoRandomBytesInBase64UrlAndPassTheCheck() {
        WebhookSecrets secrets = new WebhookSecrets();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String secret = secrets.generate();
            assertTrue(secret.matches("[A-Za-z0-9_-]{43}"), secret);
            assertTrue(secret.length() >= SettingsCheck.MIN_SECRET_LENGTH);
            seen.add(secret);
        }
        assertEquals(50, seen.size());
    }
}
