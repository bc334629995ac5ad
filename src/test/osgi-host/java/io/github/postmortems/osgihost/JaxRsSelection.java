package io.github.postmortems.osgihost;

import org.osgi.framework.Bundle;
import org.osgi.framework.hooks.resolver.ResolverHook;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.net.URL;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Confluence 9's choice between its two JAX-RS exports: a plugin whose descriptor has
 * {@code <rest-migration><rest-v2/></rest-migration>} sees only JAX-RS 2.x, any other plugin only 1.1. Bundles without
 * a descriptor (the JAX-RS bundles themselves, the extender) see both.
 */
final class JaxRsSelection implements ResolverHookFactory {

    static final String JAX_RS_1 = "javax.ws.rs.jsr311-api";
    static final String JAX_RS_2 = "javax.ws.rs-api";

    private final Map<Long, Boolean> restV2ByBundle = new ConcurrentHashMap<>();

    @Override
    public ResolverHook begin(Collection<BundleRevision> triggers) {
        return new ResolverHook() {
            @Override
            public void filterResolvable(Collection<BundleRevision> candidates) {
            }

            @Override
            public void filterSingletonCollisions(BundleCapability singleton, Collection<BundleCapability> collisions) {
            }

            @Override
            public void filterMatches(BundleRequirement requirement, Collection<BundleCapability> candidates) {
                if (!PackageNamespace.PACKAGE_NAMESPACE.equals(requirement.getNamespace())) {
                    return;
                }
                Bundle requirer = requirement.getRevision().getBundle();
                Boolean restV2 = restV2ByBundle.computeIfAbsent(requirer.getBundleId(), id -> restV2(requirer));
                if (restV2 == null) {
                    return;
                }
                String hidden = restV2 ? JAX_RS_1 : JAX_RS_2;
                candidates.removeIf(c -> hidden.equals(c.getRevision().getSymbolicName()));
            }

            @Override
            public void end() {
            }
        };
    }

    /** Whether the bundle's descriptor opts into REST v2; null for a bundle that is not a plugin. */
    private static Boolean restV2(Bundle bundle) {
        URL descriptor = bundle.getEntry("atlassian-plugin.xml");
        if (descriptor == null) {
            return null;
        }
        try (InputStream in = descriptor.openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(in);
            var migrations = document.getElementsByTagName("rest-migration");
            for (int i = 0; i < migrations.getLength(); i++) {
                var element = (org.w3c.dom.Element) migrations.item(i);
                if (element.getElementsByTagName("rest-v2").getLength() > 0) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read atlassian-plugin.xml of " + bundle, e);
        }
    }
}
