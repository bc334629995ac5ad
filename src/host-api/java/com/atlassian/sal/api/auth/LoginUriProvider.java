package com.atlassian.sal.api.auth;

import java.net.URI;

/**
 * Host type: an interface (verified: github mrdon/SAL, sal-api/src/main/java/com/atlassian/sal/api/auth/
 * LoginUriProvider.java, and SAL's SeraphLoginUriProvider implementing it). Subset the plugin calls.
 */
public interface LoginUriProvider {

    URI getLoginUri(URI returnUri);
}
