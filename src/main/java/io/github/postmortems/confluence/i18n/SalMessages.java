package io.github.postmortems.confluence.i18n;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.postmortems.text.Messages;

import java.io.Serializable;

/** {@link Messages} in the current user's language, from Confluence's i18n (our bundles under {@code i18n/}). */
public class SalMessages implements Messages {

    private final I18nResolver i18n;

    public SalMessages(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public String text(String key, Object... args) {
        Serializable[] serializable = new Serializable[args.length];
        for (int i = 0; i < args.length; i++) {
            serializable[i] = args[i] instanceof Serializable s ? s : String.valueOf(args[i]);
        }
        return i18n.getText(key, serializable);
    }

    @Override
    public String pattern(String key) {
        return i18n.getRawText(key);
    }
}
