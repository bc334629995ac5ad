package io.github.postmortems.digest;

import io.github.postmortems.text.Messages;

import java.util.Locale;

/** Texts in a given person's language: the digest is written for each recipient, not for the user running the job. */
@FunctionalInterface
public interface LocalizedMessages {

    Messages in(Locale locale);
}
