package io.github.postmortems.blueprint;

import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.Severity;
import io.github.postmortems.postmortem.SeverityScale;
import io.github.postmortems.postmortem.UserRef;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

class WizardValidatorTest {

    private final WizardValidator validator = new WizardValidator(SeverityScale.defaults());

    @Test
    void theSharedTableOffersTheDefaultScale() {
        assertEquals(SeverityScale.defaults().levels().stream().map(Severity::code).toList(),
                WizardCases.severityCodes());
    }

    @TestFactory
    Stream<DynamicTest> answersEveryCaseOfTheSharedTableLikeTheWizard() {
        return WizardCases.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            WizardValidation result = validator.validate(WizardInput.fromForm(c.input()));
            assertEquals(c.errors(), errorsOf(result), c.name());
        }));
    }

    @Test
    void readsAValidWizardIntoANewPostmortem() {
        Map<String, String> form = new LinkedHashMap<>(WizardCases.all().get(0).input());
        form.put("incidentKey", " ops-142 ");
        form.put("incidentTitle", "  Checkout\u00a0 errors ");

        NewPostmortem postmortem = ((WizardValidation.Valid) validator.validate(WizardInput.fromForm(form)))
                .postmortem();

        assertEquals("Checkout errors", postmortem.title());
        assertEquals("SEV2", postmortem.severity().code());
        assertEquals(ZoneId.of("Europe/Berlin"), postmortem.zone());
        assertEquals(LocalDateTime.of(2026, 10, 4, 15, 39), postmortem.start());
        assertEquals(LocalDateTime.of(2026, 10, 4, 15, 52), postmortem.detect());
        assertEquals(LocalDateTime.of(2026, 10, 4, 17, 5), postmortem.end());
        assertEquals(new IssueKey("OPS", 142), postmortem.incidentIssue());
        assertEquals(new UserRef.ByUsername("jdoe"), postmortem.facilitator());
        assertEquals(new UserRef.ByUsername("asmith"), postmortem.contact());
        assertEquals(LocalDate.of(2026, 10, 6), postmortem.meetingDate());
    }

    @Test
    void leavesWhatTheWizardLeftEmptyUnset() {
        WizardValidation result = validator.validate(WizardInput.fromForm(Map.of(
                "incidentTitle", "t", "severity", "SEV4", "startDate", "2026-01-01", "startTime", "00:00",
                "timeZone", "UTC")));

        NewPostmortem postmortem = assertInstanceOf(WizardValidation.Valid.class, result).postmortem();
        assertNull(postmortem.detect());
        assertNull(postmortem.end());
        assertNull(postmortem.incidentIssue());
        assertNull(postmortem.facilitator());
        assertNull(postmortem.contact());
        assertNull(postmortem.meetingDate());
    }

    @Test
    void collapsesWhiteSpaceTheWayTheWizardDoes() {
        assertEquals("a b", WizardValidator.collapse("\u3000a \u00a0\t b\u2028"));
        assertEquals("", WizardValidator.collapse(" "));
        assertEquals("", WizardValidator.collapse(null));
        // Java's strip() would remove this control character; the wizard does not, so neither do we.
        assertEquals("\u001Cx", WizardValidator.collapse("\u001Cx"));
    }

    @Test
    void refusesATableCaseFieldItDoesNotKnow() {
        List<String> names = Stream.of(WizardField.values()).map(WizardField::formName).toList();
        WizardCases.all().forEach(c -> c.input().keySet().forEach(name ->
                assertEquals(true, names.contains(name), c.name() + " uses unknown field " + name)));
    }

    static Map<String, String> errorsOf(WizardValidation result) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (result instanceof WizardValidation.Invalid invalid) {
            invalid.errors().forEach((field, key) -> errors.put(field.formName(), key));
        }
        return errors;
    }
}
