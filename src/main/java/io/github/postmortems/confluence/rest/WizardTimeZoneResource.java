package io.github.postmortems.confluence.rest;

import com.atlassian.sal.api.timezone.TimeZoneManager;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.Map;

/**
 * The time zone of the viewer's Confluence profile, for the Create dialog's wizard to preselect: a blueprint's wizard
 * page has no context provider, and the page's JavaScript cannot read the profile.
 */
@Path("/wizard/time-zone")
@Produces(MediaType.APPLICATION_JSON)
public class WizardTimeZoneResource {

    private final TimeZoneManager timeZones;

    @Inject
    public WizardTimeZoneResource(TimeZoneManager timeZones) {
        this.timeZones = timeZones;
    }

    /** {@code {"timeZone": "Europe/Berlin"}}; old three-letter ids (EST) as the zone they stand for, which the wizard accepts. */
    @GET
    public Response profileZone() {
        return JsonAnswers.ok(Map.of("timeZone", timeZones.getUserTimeZone().toZoneId().getId()));
    }
}
