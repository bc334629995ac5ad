package io.github.postmortems.settings;

import io.github.postmortems.review.ApprovalRules;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The "Review and sign-off" fields as typed: names kept as typed, shape checked, approvals 1 to 5 per severity. */
class ApprovalRulesFormTest {

    private static final Map<String, String> DEFAULT_COUNTS = Map.of("SEV1", "2", "SEV2", "2", "SEV3", "1", "SEV4", "1");

    private static List<FieldProblem> problems(ApprovalRulesForm form) {
        return assertInstanceOf(ApprovalRulesForm.Outcome.Invalid.class, form.check()).problems();
    }

    @Test
    void namesOneALineOrCommaSeparatedAreKeptAsTypedWithoutBlanksOrRepeats() {
        ApprovalRulesForm form = new ApprovalRulesForm(" alice , Bob\r\n\n\nalice\n", "sre-leads,\nIncident Managers",
                Map.of("SEV1", "3", "SEV2", " 2 ", "SEV3", "1", "SEV4", "1"));

        ApprovalRules rules = assertInstanceOf(ApprovalRulesForm.Outcome.Valid.class, form.check()).rules();

        assertEquals(Set.of("alice", "Bob"), rules.users());
        assertEquals(Set.of("sre-leads", "Incident Managers"), rules.groups());
        assertEquals(Map.of(1, 3, 2, 2, 3, 1, 4, 1), rules.approvals());
    }

    @Test
    void theSitesDefaultsShowAsTwoTwoOneOneWithNoApprovers() {
        ApprovalRulesForm shown = ApprovalRulesForm.showing(ApprovalRules.siteDefaults());

        assertEquals(new ApprovalRulesForm("", "", DEFAULT_COUNTS), shown);
        assertEquals(ApprovalRules.siteDefaults(),
                assertInstanceOf(ApprovalRulesForm.Outcome.Valid.class, shown.check()).rules());
    }

    @Test
    void eachSeverityNeedsAWholeNumberFromOneToFive() {
        List<FieldProblem> problems = problems(new ApprovalRulesForm("", "",
                Map.of("SEV1", "6", "SEV2", "0", "SEV3", "", "SEV4", "1.5")));

        assertEquals(List.of("approvals.SEV1", "approvals.SEV2", "approvals.SEV3", "approvals.SEV4"),
                problems.stream().map(FieldProblem::field).toList());
        assertEquals(List.of("5"), problems.get(0).arguments());
        assertEquals(4, problems(new ApprovalRulesForm(null, null, null)).size(), "nothing typed is no rule");
    }

    @Test
    void aNameTooLongOrWithAControlCharacterIsRefusedBesideItsField() {
        List<FieldProblem> problems = problems(new ApprovalRulesForm("x".repeat(256), "ops\tteam", DEFAULT_COUNTS));

        assertEquals("users", problems.get(0).field());
        assertEquals("postmortems.admin.review.error.too-long", problems.get(0).messageKey());
        assertEquals("groups", problems.get(1).field());
        assertEquals("postmortems.admin.review.error.control", problems.get(1).messageKey());
        assertEquals(List.of("ops?team"), problems.get(1).arguments());
    }

    @Test
    void atMostTwoHundredApproversAndGroupsTogether() {
        StringBuilder users = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            users.append("user").append(i).append('\n');
        }
        String groups = String.join(",", java.util.stream.IntStream.range(0, 51).mapToObj(i -> "g" + i).toList());

        List<FieldProblem> problems = problems(new ApprovalRulesForm(users.toString(), groups, DEFAULT_COUNTS));

        assertEquals("postmortems.admin.review.error.too-many", problems.get(0).messageKey());
        assertInstanceOf(ApprovalRulesForm.Outcome.Valid.class,
                new ApprovalRulesForm(users.toString(), "g1", DEFAULT_COUNTS).check());
        assertEquals("postmortems.admin.review.error.too-many", problems(new ApprovalRulesForm(
                "a,".repeat(ApprovalRulesForm.MAX_LIST_LENGTH), "", DEFAULT_COUNTS)).get(0).messageKey(),
                "a huge text is not even split");
    }
}
