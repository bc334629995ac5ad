package com.atlassian.applinks.api;

/** Host type (reference §5.6): a checked exception of ApplicationLinkService.getApplicationLink(ApplicationId). */
public class TypeNotInstalledException extends Exception {

    public TypeNotInstalledException(String message) {
        super(message);
    }
}
