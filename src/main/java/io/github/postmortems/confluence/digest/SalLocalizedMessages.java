package io.github.postmortems.confluence.digest;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.postmortems.digest.LocalizedMessages;
import io.github.postmortems.text.Messages;

import java.io.Serializable;
import java.util.Locale;

/** Texts in a given language from Confluence's i18n (our bundles under {@code i18n/}), for mails written by a job. */
public class SalLocalizedMessages implements LocalizedMessages {

    private final I18nResolver i18n;

    public SalLocalizedMessages(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Messages in(Locale locale) {
        return new Messages() {
            @Override
            public String text(String key, Object... args) {
                Serializable[] serializable = new Serializable[args.length];
                for (int i = 0; i < args.length; i++) {
                    serializable[i] = args[i] instanceof Serializable s ? s : String.valueOf(args[i]);
                }
                return i18n.getText(locale, key, serializable);
            }

            @Override
            public String pattern(String key) {
                return i18n.getText(locale, key);
            }
        };
    }
}
