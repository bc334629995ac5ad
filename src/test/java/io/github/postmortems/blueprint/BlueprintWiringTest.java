package io.github.postmortems.blueprint;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The blueprint's descriptor block, Spring beans, Soy, JS and bundles agree with each other. */
class BlueprintWiringTest {

    /** An i18n key where the descriptor ({@code ...key="..."}), Soy and JS ({@code getText('...')}) name one. */
    private static final Pattern KEY = Pattern.compile("(?:key=\"|getText\\(')(postmortems\\.[a-z0-9.-]*[a-z0-9])");

    @Test
    void everyBundleHasTheSameKeysInAsciiWithoutPlainApostrophes() throws Exception {
        Set<String> english = Bundles.load("blueprint.properties").stringPropertyNames();
        for (String file : Bundles.BLUEPRINT) {
            Properties bundle = Bundles.load(file);
            assertEquals(new TreeSet<>(english), new TreeSet<>(bundle.stringPropertyNames()), file);
            byte[] raw = Files.readAllBytes(Bundles.DIR.resolve(file));
            for (byte b : raw) {
                assertTrue(b >= 0, file + " has a non-ASCII byte");
            }
            bundle.forEach((key, value) -> {
                assertTrue(key.toString().startsWith("postmortems.blueprint."), key.toString());
                assertTrue(!value.toString().contains("'"), file + " " + key + ": use \\u2019");
                assertTrue(!value.toString().isBlank(), file + " " + key);
            });
        }
    }

    @Test
    void everyKeyTheDescriptorSoyAndJavaScriptUseExists() throws Exception {
        List<String> missing = new ArrayList<>();
        int found = 0;
        for (String source : List.of("atlassian-plugin.xml", "src/main/resources/soy/postmortem-wizard.soy",
                "src/main/resources/js/postmortem-wizard.js")) {
            Matcher m = KEY.matcher(Files.readString(Path.of(source), StandardCharsets.UTF_8));
            while (m.find()) {
                found++;
                if (!Bundles.has(m.group(1))) {
                    missing.add(source + ": " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(found >= 50, "keys found: " + found);
    }

    @Test
    void theWizardGluePassesEveryMessageTheRulesCanGive() throws Exception {
        String glue = Files.readString(Path.of("src/main/resources/js/postmortem-wizard.js"));
        for (java.lang.reflect.Field field : WizardValidator.class.getFields()) {
            if (field.getType() == String.class) {
                String key = (String) field.get(null);
                assertTrue(glue.contains("AJS.I18n.getText('" + key + "')"), key);
                assertTrue(Bundles.has(key), key);
            }
        }
    }

    @Test
    void theSoyFormHasAnInputAndAMessageSlotForEveryField() throws Exception {
        String soy = Files.readString(Path.of("src/main/resources/soy/postmortem-wizard.soy"));
        for (WizardField field : WizardField.values()) {
            assertTrue(soy.contains("name=\"" + field.formName() + "\""), field.formName());
            assertTrue(soy.contains("data-error-for=\"" + field.formName() + "\""), field.formName());
            assertTrue(Bundles.has(field.labelKey()), field.labelKey());
        }
        assertTrue(!soy.contains("name=\"title\""), "a wizard field named title would replace the page title");
    }

    @Test
    void theDescriptorBlockNamesResourcesAndClassesThatExist() throws Exception {
        Document descriptor = parse(Path.of("atlassian-plugin.xml"));
        for (Element resource : elements(descriptor, "resource")) {
            if ("download".equals(resource.getAttribute("type"))) {
                String location = resource.getAttribute("location");
                assertTrue(Files.exists(Path.of("src/main/resources", location)), location);
            }
        }
        for (Element provider : elements(descriptor, "context-provider")) {
            Class<?> type = Class.forName(provider.getAttribute("class"));
            assertTrue(com.atlassian.confluence.plugins.createcontent.api.contextproviders
                    .AbstractBlueprintContextProvider.class.isAssignableFrom(type), type.getName());
        }
        Element webItem = elements(descriptor, "web-item").get(0);
        assertEquals("blueprint-web-item", webItem.getAttribute("key"));
        Element blueprint = elements(descriptor, "blueprint").get(0);
        assertEquals("postmortem", blueprint.getAttribute("index-key"));
        assertEquals(io.github.postmortems.confluence.blueprint.PostmortemPageCreatedListener.BLUEPRINT_MODULE_KEY,
                blueprint.getAttribute("key"));
        String js = Files.readString(Path.of("src/main/resources/js/postmortem-wizard.js"));
        assertTrue(js.contains("'io.github.postmortems.confluence:" + webItem.getAttribute("key") + "'"));
        String pageId = ((Element) blueprint.getElementsByTagName("dialog-page").item(0)).getAttribute("id");
        assertTrue(js.contains("post-render." + pageId) && js.contains("submit." + pageId), pageId);
    }

    /**
     * "edit" opens the new page as a draft in the editor, where the template's placeholders guide the writer; "view"
     * published it at once and the placeholders were never seen. Create-content still sends BlueprintPageCreateEvent
     * (our creation log) at publish and adds the index label when the draft is made.
     */
    @Test
    void createsThePageInTheEditorSoItsGuidanceIsSeen() throws Exception {
        Element blueprint = elements(parse(Path.of("atlassian-plugin.xml")), "blueprint").get(0);

        assertEquals("edit", blueprint.getAttribute("create-result"));
    }

    @Test
    void theSpringFileNamesClassesAndInterfacesThatExist() throws Exception {
        Document spring = parse(Path.of("src/main/resources/META-INF/spring/blueprint-context.xml"));
        NodeList all = spring.getElementsByTagName("*");
        int named = 0;
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            for (String attribute : List.of("class", "interface")) {
                if (e.hasAttribute(attribute)) {
                    Class.forName(e.getAttribute(attribute));
                    named++;
                }
            }
        }
        assertEquals(4, named);
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> elements(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
