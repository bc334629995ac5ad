package com.atlassian.applinks.api;

import java.net.URI;

/**
 * Host type (applinks-api 9.1.4; host-signatures applinks.tsv): a checked exception of
 * ApplicationLinkService.getApplicationLink(ApplicationId). It behaves as the real one does (applinks-api source in the
 * decompiled 8.7.2 tree the records come from): no constructor passes a message up, so getMessage() is null and the
 * application type is the only detail.
 */
public class TypeNotInstalledException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final String name;
    private final URI rpcUrl;

    @Deprecated
    public TypeNotInstalledException(String type) {
        this(type, null, null);
    }

    public TypeNotInstalledException(String type, String name, URI rpcUrl) {
        this.type = type;
        this.name = name;
        this.rpcUrl = rpcUrl;
    }

    public String getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public URI getRpcUrl() {
        return rpcUrl;
    }

    public String getMessageKey() {
        return "applinks.type.not.installed";
    }
}
