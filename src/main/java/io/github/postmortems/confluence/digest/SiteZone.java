package io.github.postmortems.confluence.digest;

import com.atlassian.sal.api.timezone.TimeZoneManager;

import java.time.ZoneId;
import java.util.function.Supplier;

/** The site's default time zone, read at each run: an administrator may change it. */
public class SiteZone implements Supplier<ZoneId> {

    private final TimeZoneManager zones;

    public SiteZone(TimeZoneManager zones) {
        this.zones = zones;
    }

    @Override
    public ZoneId get() {
        return zones.getDefaultTimeZone().toZoneId();
    }
}
