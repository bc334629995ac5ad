package io.github.postmortems.confluence.rest;

import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.google.gson.JsonParser;
import io.github.postmortems.blueprint.WizardInput;
import io.github.postmortems.blueprint.WizardValidation;
import io.github.postmortems.blueprint.WizardValidator;
import io.github.postmortems.postmortem.SeverityScale;
import org.junit.jupiter.api.Test;

import javax.ws.rs.core.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class WizardTimeZoneResourceTest {

    private final TimeZoneManager timeZones = mock(TimeZoneManager.class);

    private String answeredZone() {
        Response response = new WizardTimeZoneResource(timeZones).profileZone();
        assertEquals(200, response.getStatus());
        return JsonParser.parseString((String) response.getEntity()).getAsJsonObject().get("timeZone").getAsString();
    }

    @Test
    void isWhereTheWizardAsksForIt() throws Exception {
        String glue = Files.readString(Path.of("src/main/resources/js/postmortem-wizard.js"));
        String path = WizardTimeZoneResource.class.getAnnotation(javax.ws.rs.Path.class).value();

        assertTrue(glue.contains("'/rest/postmortems/1.0" + path + "'"), path);
    }

    @Test
    void answersTheZoneOfTheViewersProfile() {
        when(timeZones.getUserTimeZone()).thenReturn(TimeZone.getTimeZone("Europe/Berlin"));

        assertEquals("Europe/Berlin", answeredZone());
    }

    @Test
    void answersAnOldThreeLetterProfileZoneAsOneTheWizardAccepts() {
        when(timeZones.getUserTimeZone()).thenReturn(TimeZone.getTimeZone("EST"));

        String zone = answeredZone();

        assertInstanceOf(WizardValidation.Valid.class, new WizardValidator(SeverityScale.defaults()).validate(
                WizardInput.fromForm(Map.of("incidentTitle", "t", "severity", "SEV4", "startDate", "2026-01-01",
                        "startTime", "00:00", "timeZone", zone))), zone);
    }
}
