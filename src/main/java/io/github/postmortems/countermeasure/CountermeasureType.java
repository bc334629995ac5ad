package io.github.postmortems.countermeasure;

import java.util.Locale;

/** What a countermeasure does about the next incident. */
public enum CountermeasureType {
    PREVENT,
    MITIGATE,
    DETECT,
    PROCESS;

    public String i18nKey() {
        return "postmortems.countermeasure.type." + name().toLowerCase(Locale.ROOT);
    }
}
