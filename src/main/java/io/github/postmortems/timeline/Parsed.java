package io.github.postmortems.timeline;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading something a person typed: a value (perhaps with a caveat worth telling them), or the reason
 * it could not be read. Reasons and caveats are i18n keys ({@code postmortems.timeline.warning.*}), so they can be
 * turned into warnings in the viewer's language.
 */
public sealed interface Parsed<T> {

    static <T> Parsed<T> read(T value) {
        return new Read<>(value, null);
    }

    static <T> Parsed<T> readWithCaveat(T value, String caveat) {
        return new Read<>(value, Objects.requireNonNull(caveat, "caveat"));
    }

    static <T> Parsed<T> unreadable(String reason) {
        return new Unreadable<>(reason);
    }

    /** The value, when there is one. */
    Optional<T> value();

    /** @param caveat i18n key of something the reader guessed, or null when nothing was guessed */
    record Read<T>(T readValue, String caveat) implements Parsed<T> {
        public Read {
            Objects.requireNonNull(readValue, "readValue");
        }

        @Override
        public Optional<T> value() {
            return Optional.of(readValue);
        }

        public Optional<String> caveatIfAny() {
            return Optional.ofNullable(caveat);
        }
    }

    /** @param reason i18n key saying why the text could not be read */
    record Unreadable<T>(String reason) implements Parsed<T> {
        public Unreadable {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Optional<T> value() {
            return Optional.empty();
        }
    }
}
