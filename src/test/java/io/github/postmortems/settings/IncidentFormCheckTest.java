package io.github.postmortems.settings;

import io.github.postmortems.incident.IncidentSettings;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The "Drafting from incidents" form as typed: what becomes the mappings, and what is refused, field by field. */
class IncidentFormCheckTest {

    private static IncidentForm.SeverityRow row(String value, String severity) {
        return new IncidentForm.SeverityRow(value, severity);
    }

    private static IncidentForm form(List<IncidentForm.SeverityRow> rows, String linkTypes, String projects) {
        return new IncidentForm(" customfield_10200 ", rows, "customfield_10300", "", "", "  Investigating ",
                linkTypes, projects);
    }

    private static List<FieldProblem> problems(IncidentForm form) {
        return assertInstanceOf(IncidentFormCheck.Outcome.Invalid.class, IncidentFormCheck.check(form)).problems();
    }

    @Test
    void aFormAsTypedBecomesTheMappingsWithBlankRowsPassedOverAndKeysInCapitals() {
        IncidentForm typed = form(List.of(row("Sev 1", "SEV1"), row("  ", "SEV2"), row("Sev 2 ", "SEV2")),
                " Blocks, ,Relates ", "ops, inc");

        IncidentSettings settings = assertInstanceOf(IncidentFormCheck.Outcome.Valid.class,
                IncidentFormCheck.check(typed)).settings();

        assertEquals("customfield_10200", settings.severityField());
        assertEquals(Map.of("Sev 1", "SEV1", "Sev 2", "SEV2"), settings.severities());
        assertEquals("customfield_10300", settings.startField());
        assertEquals("Investigating", settings.detectStatus());
        assertEquals(List.of("Blocks", "Relates"), List.copyOf(settings.linkTypes()));
        assertEquals(List.of("OPS", "INC"), List.copyOf(settings.tokenProjects()));
    }

    @Test
    void theSavedMappingsShowAsTheFormAndCheckBackToThemselves() {
        IncidentSettings defaults = IncidentSettings.defaults("OPS");

        IncidentForm shown = IncidentForm.showing(defaults);

        assertEquals(defaults, assertInstanceOf(IncidentFormCheck.Outcome.Valid.class,
                IncidentFormCheck.check(shown)).settings());
        assertEquals("OPS", shown.tokenProjects());
        assertEquals(new IncidentForm.SeverityRow("Highest", "SEV1"), shown.severities().get(0));
    }

    @Test
    void aFieldNameInsteadOfAnIdIsRefusedBesideItsField() {
        IncidentForm typed = new IncidentForm("Severity level", List.of(), "Incident start", "", "customfield_1 0",
                "", "", "");

        List<FieldProblem> problems = problems(typed);

        assertEquals(List.of("incident.severityField", "incident.startField", "incident.endField"),
                problems.stream().map(FieldProblem::field).toList());
        assertEquals("postmortems.admin.incident.error.field-id", problems.get(0).messageKey());
        assertEquals(List.of("Incident start"), problems.get(1).arguments());
    }

    @Test
    void aValueMappedTwiceInAnyCaseOrToNoSeverityIsRefused() {
        List<FieldProblem> problems = problems(form(List.of(row("Sev 1", "SEV1"), row("SEV 1", "SEV2"),
                row("Sev 5", "SEV5")), "", ""));

        assertEquals(List.of("postmortems.admin.incident.error.twice", "postmortems.admin.incident.error.severity"),
                problems.stream().map(FieldProblem::messageKey).toList());
        assertEquals(List.of("SEV 1"), problems.get(0).arguments());
        assertEquals("incident.severities", problems.get(1).field());
    }

    @Test
    void moreRowsThanAScreenfulAreRefused() {
        List<IncidentForm.SeverityRow> rows = new ArrayList<>();
        for (int i = 0; i <= IncidentFormCheck.MAX_ROWS; i++) {
            rows.add(row("Value " + i, "SEV3"));
        }

        List<FieldProblem> problems = problems(form(rows, "", ""));

        assertEquals(List.of("postmortems.admin.incident.error.too-many-rows"),
                problems.stream().map(FieldProblem::messageKey).toList());
    }

    @Test
    void projectKeysLinkTypesAndStatusesAreCheckedLikeJiraNames() {
        List<FieldProblem> problems = problems(new IncidentForm("", List.of(row("Sev\n1", "SEV1")), "", "", "",
                "x".repeat(256), "Blocks,Rel\tates", "OPS, 1NC"));

        assertEquals(List.of("incident.severities", "incident.detectStatus", "incident.linkTypes",
                        "incident.tokenProjects"), problems.stream().map(FieldProblem::field).toList());
        assertEquals("postmortems.admin.error.project-key-format", problems.get(3).messageKey());
        assertEquals(List.of("1NC"), problems.get(3).arguments());
    }

    @Test
    void nothingTypedAtAllIsTheDefaultsWithoutASeverityMapping() {
        IncidentSettings settings = assertInstanceOf(IncidentFormCheck.Outcome.Valid.class,
                IncidentFormCheck.check(new IncidentForm(null, null, null, null, null, null, null, null))).settings();

        assertEquals(new IncidentSettings("", Map.of(), "", "", "", "", Set.of(), Set.of()), settings);
    }
}
