package io.github.postmortems.index.testing;

import net.java.ao.atlassian.TablePrefix;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The table prefix Confluence's AO plugin gives a plugin's tables (reference §4.3): {@code AO_}, the last six hex
 * digits of the MD5 of the {@code <ao>} namespace upper-cased, {@code _}.
 */
public final class AtlassianTablePrefix implements TablePrefix {

    private final String prefix;

    public AtlassianTablePrefix(String namespace) {
        this.prefix = "AO_" + lastSixHexOfMd5(namespace).toUpperCase(Locale.ROOT) + "_";
    }

    public String prefix() {
        return prefix;
    }

    @Override
    public String prepend(String tableName) {
        return prefix + tableName;
    }

    private static String lastSixHexOfMd5(String text) {
        try {
            String hex = HexFormat.of().formatHex(
                    MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
            return hex.substring(hex.length() - 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }
}
