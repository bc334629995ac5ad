package io.github.postmortems.packaging;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plugin's Spring XML against the Spring beans and Gemini Blueprint schemas. Confluence reads it without
 * validation, so an attribute typo would pass there silently; here it fails. Offline: every schema location is
 * resolved through the spring.schemas mappings inside spring-beans and gemini-blueprint-core, never the network.
 */
class SpringXmlSchemaTest {

    private static final Path SPRING_XML = Path.of("src/main/resources/META-INF/spring");
    private static final String BEANS_XSD = "http://www.springframework.org/schema/beans/spring-beans.xsd";
    private static final String BLUEPRINT_XSD = "http://www.eclipse.org/gemini/blueprint/schema/blueprint/gemini-blueprint.xsd";

    private static Properties schemaLocations;
    private static Schema schema;
    private static LSResourceResolver offline;

    @BeforeAll
    static void loadTheSchemasFromTheClassPath() throws Exception {
        schemaLocations = new Properties();
        for (URL mapping : Collections.list(SpringXmlSchemaTest.class.getClassLoader().getResources("META-INF/spring.schemas"))) {
            try (InputStream in = mapping.openStream()) {
                schemaLocations.load(in);
            }
        }
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        offline = offline();
        factory.setResourceResolver(offline);
        schema = factory.newSchema(new Source[] {classPathSchema(BEANS_XSD), classPathSchema(BLUEPRINT_XSD)});
    }

    @Test
    void everySpringXmlOfThePluginIsValidAgainstTheBeansAndBlueprintSchemas() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(SPRING_XML)) {
            files = list.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
        assertTrue(files.size() >= 8, "Spring XML files found: " + files);
        List<String> errors = new ArrayList<>();
        for (Path file : files) {
            errors.addAll(validate(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void anAttributeTypoFailsValidationNamingTheAttributeInEitherSchema() throws IOException {
        String report = Files.readString(SPRING_XML.resolve("report-context.xml"), StandardCharsets.UTF_8);
        assertTyposNamed(report, "destroy-method=\"stop\"", "destroy-methd"); // a beans attribute
        assertTyposNamed(report, "interface=\"com.atlassian.confluence.labels.LabelManager\"", "interfce"); // a blueprint one
    }

    private static void assertTyposNamed(String xml, String attribute, String typo) throws IOException {
        assertTrue(xml.contains(attribute), "the fixture line moved: " + attribute);
        String broken = xml.replace(attribute, typo + attribute.substring(attribute.indexOf('=')));
        List<String> errors = validate("report-context.xml with " + typo, broken);
        assertTrue(errors.stream().anyMatch(e -> e.contains(typo)), "errors: " + errors);
    }

    private static List<String> validate(String name, String xml) throws IOException {
        List<String> errors = new ArrayList<>();
        Validator validator = schema.newValidator();
        validator.setResourceResolver(offline);
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(name + ":" + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(name + ":" + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        try {
            validator.validate(new StreamSource(new StringReader(xml), name));
        } catch (org.xml.sax.SAXException e) {
            errors.add(name + ": " + e.getMessage());
        }
        return errors;
    }

    private static Source classPathSchema(String location) throws IOException {
        String resource = resourceFor(location);
        URL url = SpringXmlSchemaTest.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new AssertionError(location + " maps to " + resource + ", which is not on the class path");
        }
        return new StreamSource(url.openStream(), location);
    }

    private static String resourceFor(String location) {
        String resource = schemaLocations.getProperty(location);
        if (resource == null) {
            resource = schemaLocations.getProperty(location.replaceFirst("^https:", "http:"));
        }
        if (resource == null) {
            throw new AssertionError("no spring.schemas mapping for " + location + "; it would be fetched from the network");
        }
        return resource;
    }

    /** Schema imports resolved from the class path; anything unmapped fails rather than going online. */
    private static LSResourceResolver offline() throws Exception {
        DOMImplementationLS ls = (DOMImplementationLS) DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .getDOMImplementation();
        return (type, namespace, publicId, systemId, baseUri) -> {
            if (systemId == null) {
                return null;
            }
            LSInput input = ls.createLSInput();
            input.setSystemId(systemId);
            input.setByteStream(SpringXmlSchemaTest.class.getClassLoader().getResourceAsStream(resourceFor(systemId)));
            return input;
        };
    }
}
