package io.github.postmortems.text;

/**
 * Texts in the reader's language. The Confluence adapter answers from the host's i18n (the viewer's language);
 * tests answer from the bundles under {@code i18n/}.
 */
@FunctionalInterface
public interface Messages {

    /** The text for {@code key} with {@code args} filled in (MessageFormat rules). */
    String text(String key, Object... args);
}
