package io.github.postmortems.text;

/**
 * Texts in the reader's language. The Confluence adapter answers from the host's i18n (the viewer's language);
 * tests answer from the bundles under {@code i18n/}.
 */
public interface Messages {

    /** The text for {@code key} with {@code args} filled in (MessageFormat rules). */
    String text(String key, Object... args);

    /**
     * The text for {@code key} as written in the bundle, arguments unfilled: for a script that fills in numbers it
     * learns in the browser, since Confluence translates only literal {@code AJS.I18n.getText} calls.
     */
    String pattern(String key);
}
