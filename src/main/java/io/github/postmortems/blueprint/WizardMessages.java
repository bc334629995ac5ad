package io.github.postmortems.blueprint;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.StringJoiner;

/**
 * The English text of the wizard's messages, from the reference bundle {@code i18n/blueprint.properties}, for the
 * server's refusal (which has no viewer locale at hand; the wizard shows the same messages in the viewer's language).
 */
public final class WizardMessages {

    private static final String BUNDLE = "i18n.blueprint";

    private WizardMessages() {
    }

    /** One line naming every field in error: {@code Incident title: Enter a title. Time zone: ...}. */
    public static String describe(Map<WizardField, String> errors) {
        ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, WizardMessages.class.getClassLoader());
        StringJoiner line = new StringJoiner(" ");
        errors.forEach((field, key) -> line.add(text(english, field.labelKey()) + ": " + text(english, key)));
        return line.toString();
    }

    private static String text(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
    }
}
