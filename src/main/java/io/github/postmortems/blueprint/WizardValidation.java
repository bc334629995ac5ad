package io.github.postmortems.blueprint;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The outcome of checking a wizard's values: a postmortem to create, or one message key per field in error. */
public sealed interface WizardValidation {

    record Valid(NewPostmortem postmortem) implements WizardValidation {
        public Valid {
            Objects.requireNonNull(postmortem, "postmortem");
        }
    }

    /** @param errors i18n message key per field, in form order; never empty */
    record Invalid(Map<WizardField, String> errors) implements WizardValidation {
        public Invalid {
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("An invalid wizard has at least one error");
            }
            errors = Collections.unmodifiableMap(new EnumMap<>(errors));
        }
    }
}
