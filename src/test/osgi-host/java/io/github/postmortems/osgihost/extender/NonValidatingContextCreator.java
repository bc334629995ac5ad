package io.github.postmortems.osgihost.extender;

import org.eclipse.gemini.blueprint.context.DelegatedExecutionOsgiBundleApplicationContext;
import org.eclipse.gemini.blueprint.context.support.OsgiBundleXmlApplicationContext;
import org.eclipse.gemini.blueprint.extender.OsgiApplicationContextCreator;
import org.eclipse.gemini.blueprint.extender.support.ApplicationContextConfiguration;
import org.osgi.framework.BundleContext;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;

/**
 * The extender's "applicationContextCreator", as Confluence configures it: plugin XML is read namespace-aware but not
 * validated, because spring.schemas sits on the host class path where bundles cannot see it; and without parameter
 * names. Packaged by OsgiStartIT in a fragment of the extender bundle.
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

            @Override
            protected void customizeBeanFactory(DefaultListableBeanFactory beanFactory) {
                super.customizeBeanFactory(beanFactory);
                // Confluence leaves parameter names off: constructor arguments are matched by type alone
                beanFactory.setParameterNameDiscoverer(null);
            }
        };
        context.setBundleContext(bundleContext);
        context.setPublishContextAsService(config.isPublishContextAsService());
        return context;
    }
}
