package com.atlassian.applinks.api;

import java.net.URI;

/**
 * Host type (reference §5.6): a checked exception that is also an AuthorisationURIGenerator, thrown when the user has
 * not authorised this Confluence at the linked application yet.
 */
public class CredentialsRequiredException extends Exception implements AuthorisationURIGenerator {

    public CredentialsRequiredException(AuthorisationURIGenerator generator, String message) {
        super(message);
    }

    @Override
    public URI getAuthorisationURI(URI callback) {
        throw new UnsupportedOperationException("host type");
    }

    @Override
    public URI getAuthorisationURI() {
        throw new UnsupportedOperationException("host type");
    }
}
