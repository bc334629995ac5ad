package io.github.postmortems.blueprint;

import io.github.postmortems.postmortem.SeverityScale;

import java.util.LinkedHashMap;
import java.util.Map;

/** Sample wizard values for the blueprint tests. */
public final class ContextProviderFixtures {

    private ContextProviderFixtures() {
    }

    /** A wizard filled in completely: the first case of the shared table. */
    public static Map<String, String> sampleForm() {
        return new LinkedHashMap<>(WizardCases.all().get(0).input());
    }

    public static NewPostmortem sample() {
        return ((WizardValidation.Valid) new WizardValidator(SeverityScale.defaults())
                .validate(WizardInput.fromForm(sampleForm()))).postmortem();
    }
}
