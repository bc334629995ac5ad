package io.github.postmortems.osgihost.extender;

import org.eclipse.gemini.blueprint.context.DelegatedExecutionOsgiBundleApplicationContext;
import org.eclipse.gemini.blueprint.context.support.OsgiBundleXmlApplicationContext;
import org.eclipse.gemini.blueprint.extender.OsgiApplicationContextCreator;
import org.eclipse.gemini.blueprint.extender.support.ApplicationContextConfiguration;
import org.osgi.framework.BundleContext;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;

/**
 * The extender's "applicationContextCreator", as Confluence configures it: plugin XML is read namespace-aware but not
 * validated, because spring.schemas sits on the host class path where bundles cannot see it. Packaged in a fragment
 * of the extender bundle by the launcher.
 */
public final class NonValidatingContextCreator implements OsgiApplicationContextCreator {

    @Override
    public DelegatedExecutionOsgiBundleApplicationContext createApplicationContext(BundleContext bundleContext) {
        ApplicationContextConfiguration config = new ApplicationContextConfiguration(bundleContext.getBundle());
        if (!config.isSpringPoweredBundle()) {
            return null;
        }
        OsgiBundleXmlApplicationContext context = new OsgiBundleXmlApplicationContext(config.getConfigurationLocations()) {
            @Override
            protected void initBeanDefinitionReader(XmlBeanDefinitionReader reader) {
                reader.setValidationMode(XmlBeanDefinitionReader.VALIDATION_NONE);
                reader.setNamespaceAware(true);
            }
        };
        context.setBundleContext(bundleContext);
        context.setPublishContextAsService(config.isPublishContextAsService());
        return context;
    }
}
