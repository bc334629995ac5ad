package com.atlassian.sal.api.timezone;

import java.util.TimeZone;

/**
 * Host type, not in the reference: verified in SAL's source (public mirror mrdon/SAL,
 * sal-api/src/main/java/com/atlassian/sal/api/timezone/TimeZoneManager.java, "@since v2.6.0"), an interface with
 * exactly these two methods, both documented never to return null.
 */
public interface TimeZoneManager {

    TimeZone getUserTimeZone();

    TimeZone getDefaultTimeZone();
}
