package io.github.postmortems.packaging;

import java.util.List;

/**
 * The Confluence line a jar under check is built for (failsafe's plugin.platform): which namespace its servlet,
 * JAX-RS and inject packages live in, and the JAX-RS range it must import.
 */
enum HostPlatform {
    /** javax.*; JAX-RS 2.x, as Atlassian's REST v2 plugins import it beside Confluence 9's JAX-RS 1.1. */
    CONFLUENCE_9("confluence-9", "javax", "[2.0.0,3.0.0)", "javax.ws.rs-api 2."),
    /** jakarta.* (Platform 8); JAX-RS 3.x, the first jakarta JAX-RS (src/build/jakarta/versions.properties). */
    CONFLUENCE_10("confluence-10", "jakarta", "[3.0,4)", "jakarta.ws.rs-api 3.");

    private final String id;
    private final String namespace;
    private final String jaxRsRange;
    private final String jaxRsBundle;

    HostPlatform(String id, String namespace, String jaxRsRange, String jaxRsBundle) {
        this.id = id;
        this.namespace = namespace;
        this.jaxRsRange = jaxRsRange;
        this.jaxRsBundle = jaxRsBundle;
    }

    /** The platform failsafe runs these checks for; Confluence 9 when nothing says otherwise. */
    static HostPlatform current() {
        String id = System.getProperty("plugin.platform", CONFLUENCE_9.id);
        for (HostPlatform platform : values()) {
            if (platform.id.equals(id)) {
                return platform;
            }
        }
        throw new IllegalStateException("unknown plugin.platform " + id);
    }

    String id() {
        return id;
    }

    String jaxRs() {
        return namespace + ".ws.rs";
    }

    String jaxRsRange() {
        return jaxRsRange;
    }

    /** How the start test's wiring report names the bundle this platform's JAX-RS comes from. */
    String jaxRsBundle() {
        return jaxRsBundle;
    }

    String servlet() {
        return namespace + ".servlet";
    }

    String pathAnnotation() {
        return jaxRs() + ".Path";
    }

    /** The three APIs Platform 8 moved, in this platform's namespace (package prefixes, dotted). */
    List<String> movedApis() {
        return List.of(namespace + ".servlet", namespace + ".ws.rs", namespace + ".inject");
    }

    /** The same three APIs in the namespace this platform does not have. */
    List<String> otherNamespaceApis() {
        return (this == CONFLUENCE_9 ? CONFLUENCE_10 : CONFLUENCE_9).movedApis();
    }
}
