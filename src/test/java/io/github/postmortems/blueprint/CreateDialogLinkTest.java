package io.github.postmortems.blueprint;

import io.github.postmortems.postmortem.IssueKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The link for Jira that opens Confluence's Create dialog on the blueprint with the incident's key. */
class CreateDialogLinkTest {

    private static final String DIALOG = "https://wiki.example.com/confluence/?createDialog=true&createDialogSpaceKey=OPS"
            + "&createDialogBlueprintKey=io.github.postmortems.confluence%3Ablueprint-postmortem";

    @Test
    void usesTheCreateContentPluginsOwnParametersAndOursForTheIncident() {
        assertEquals(DIALOG + "&postmortemIncident=OPS-7",
                CreateDialogLink.forIncident("https://wiki.example.com/confluence/", "OPS", IssueKey.parse("OPS-7")
                        .orElseThrow()));
        assertEquals(DIALOG + "&postmortemIncident={{issue.key}}",
                CreateDialogLink.forJiraAutomation("https://wiki.example.com/confluence", "OPS"));
    }

    /** The blueprint key in the link is the one the descriptor declares (plugin key, then blueprint module key). */
    @Test
    void namesTheBlueprintAsTheDescriptorDeclaresIt() throws Exception {
        String descriptor = java.nio.file.Files.readString(java.nio.file.Path.of("atlassian-plugin.xml"));
        assertEquals(true, descriptor.contains("<blueprint key=\"blueprint-postmortem\""));
        String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
        assertEquals(true, pom.contains("<plugin.key>io.github.postmortems.confluence</plugin.key>"));
        assertEquals(true, CreateDialogLink.BLUEPRINT_KEY.equals("io.github.postmortems.confluence:blueprint-postmortem"));
    }

    @Test
    void aPersonalSpaceKeyIsEncoded() {
        assertEquals(true, CreateDialogLink.dialog("https://wiki.example.com", "~j.doe@example.com")
                .contains("createDialogSpaceKey=%7Ej.doe%40example.com&"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "javascript:alert(1)", "/confluence", "https://wiki.example.com/?x=1", "ftp://wiki"})
    void onlyAnAbsoluteWebAddressMakesALink(String baseUrl) {
        assertThrows(IllegalArgumentException.class, () -> CreateDialogLink.dialog(baseUrl, "OPS"));
    }

    @Test
    void aBlankSpaceMakesNoLink() {
        assertThrows(IllegalArgumentException.class, () -> CreateDialogLink.dialog("https://wiki.example.com", " "));
    }

    @Test
    void theWizardTakesOnlyAKeyFromTheLink() {
        assertEquals(IssueKey.parse("OPS-7"), CreateDialogLink.incident(" ops-7 "));
        assertEquals(Optional.empty(), CreateDialogLink.incident("{{issue.key}}"));
        assertEquals(Optional.empty(), CreateDialogLink.incident("<script>"));
        assertEquals(Optional.empty(), CreateDialogLink.incident("OPS-7".repeat(100)));
    }
}
