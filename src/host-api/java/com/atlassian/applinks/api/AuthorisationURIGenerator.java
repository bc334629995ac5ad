package com.atlassian.applinks.api;

import java.net.URI;

/** Host type (reference §5.6): an interface. */
public interface AuthorisationURIGenerator {

    URI getAuthorisationURI(URI callback);

    URI getAuthorisationURI();
}
