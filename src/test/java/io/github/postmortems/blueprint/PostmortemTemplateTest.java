package io.github.postmortems.blueprint;

import io.github.postmortems.postmortem.Milestone;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostmortemTemplateTest {

    static final String AC = "http://atlassian.com/content";
    static final String RI = "http://atlassian.com/resource/identifier";
    static final String AT = "http://atlassian.com/template";

    @Test
    void staysUnderConfluencesTemplateSizeLimit() {
        assertTrue(TemplateRendering.template().getBytes(StandardCharsets.UTF_8).length < 10 * 1024);
    }

    @Test
    void isWellFormedStorageXmlWithOnlyTheAcRiAndAtNamespaces() throws Exception {
        Document doc = parse(TemplateRendering.asDocument(TemplateRendering.template()));
        Set<String> namespaces = new TreeSet<>();
        visit(doc.getDocumentElement(), e -> {
            if (e.getNamespaceURI() != null) {
                namespaces.add(e.getNamespaceURI());
            }
            for (int i = 0; i < e.getAttributes().getLength(); i++) {
                Node attribute = e.getAttributes().item(i);
                if (attribute.getNamespaceURI() != null && !attribute.getNodeName().startsWith("xmlns")) {
                    namespaces.add(attribute.getNamespaceURI());
                }
            }
        });
        assertEquals(new TreeSet<>(Set.of(AC, AT)), namespaces);
    }

    @Test
    void usesOnlyI18nKeysThatExist() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Element e : elements(template(), AT, "i18n")) {
            String key = e.getAttributeNS(AT, "key");
            if (!Bundles.has(key)) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void usesExactlyTheVariablesTheContextProviderGivesWithMarkupOnlyWhereJavaBuiltIt() throws Exception {
        Set<String> provided = PostmortemPage.variables(ContextProviderFixtures.sample(), Optional.empty(),
                io.github.postmortems.text.BundleMessages.english()).keySet();
        Set<String> used = new TreeSet<>();
        for (Element e : elements(template(), AT, "var")) {
            String name = e.getAttributeNS(AT, "name");
            used.add(name);
            assertEquals(name.endsWith("Xhtml"), "true".equals(e.getAttributeNS(AT, "rawxhtml")), name);
        }
        assertEquals(new TreeSet<>(provided), used);
    }

    @Test
    void holdsEverySectionThePracticeCallsForInOrder() throws Exception {
        List<String> headings = new ArrayList<>();
        for (Element h2 : elements(template(), null, "h2")) {
            headings.add(((Element) h2.getElementsByTagNameNS(AT, "i18n").item(0)).getAttributeNS(AT, "key")
                    .replace("postmortems.blueprint.template.", "").replace(".heading", ""));
        }
        assertEquals(List.of("summary", "trigger", "what-happened", "impact", "root-cause", "detection", "response",
                "resolution", "responders", "how-we-did", "lessons-learned", "countermeasures", "review",
                "communication", "additional-info"), headings);
        String template = TemplateRendering.template();
        assertTrue(template.indexOf("ac:name=\"postmortem-details\"") < template.indexOf("summary.heading"));
        assertTrue(template.indexOf("what-happened.heading") < template.indexOf("ac:name=\"incident-timeline\""));
        assertTrue(template.indexOf("ac:name=\"incident-timeline\"") < template.indexOf("impact.heading"));
        assertTrue(template.indexOf("countermeasures.heading") < template.indexOf("ac:name=\"countermeasures\""));
        assertTrue(template.indexOf("ac:name=\"countermeasures\"") < template.indexOf("review.heading"));
        for (String part : List.of("five-whys.heading", "went-well.heading", "went-wrong.heading", "lucky.heading",
                "internal.heading", "external.heading", "impact.users.label", "impact.duration.label",
                "impact.business.label", "dead-ends.heading", "responders.attendees.label", "review.approvers.label",
                "review.follow-up.label")) {
            assertTrue(template.contains(part), part);
        }
        assertEquals(1, template.split("five-whys.guidance", -1).length - 1, "one five-whys prompt, not five copies");
    }

    /** No Tags row: the page's own Confluence labels are the tags, and a typed tag would link to an empty label page. */
    @Test
    void prefillsTheDetailsTableRowByRow() throws Exception {
        Element details = macro(template(), "postmortem-details");
        List<String> labels = new ArrayList<>();
        for (Element th : byTag(details, "th")) {
            labels.add(((Element) th.getElementsByTagNameNS(AT, "i18n").item(0)).getAttributeNS(AT, "key"));
        }
        assertEquals(List.of("title", "severity", "status", "start", "detect", "end", "time-zone",
                        "first-user-impact", "first-user-report", "hotfix", "meeting-date", "contact", "created-by",
                        "facilitated-by", "incident-ticket").stream()
                .map(name -> "postmortems.details.field." + name).toList(), labels);
        for (Milestone milestone : Milestone.values()) {
            assertTrue(labels.contains(milestone.i18nKey()), milestone.name());
        }
    }

    @Test
    void leavesTheTimelineAndCountermeasuresTablesReadyWithAHintInEveryCell() throws Exception {
        // The header texts are the ones the storage reader matches, so the tables read back column by column.
        assertEquals(List.of("time", "event", "evidence", "kind"), columns(macro(template(), "incident-timeline"),
                "postmortems.timeline.column."));
        assertEquals(List.of("text", "owner", "due", "priority", "type", "jira", "status"),
                columns(macro(template(), "countermeasures"), "postmortems.countermeasure.column."));
        for (String name : List.of("incident-timeline", "countermeasures")) {
            for (Element td : byTag(macro(template(), name), "td")) {
                assertEquals(1, td.getChildNodes().getLength(), name);
                Element hint = (Element) td.getFirstChild();
                assertEquals("placeholder", hint.getLocalName(), name);
                assertTrue(((Element) hint.getFirstChild()).getAttributeNS(AT, "key")
                        .startsWith("postmortems.blueprint.template.hint."), name);
            }
        }
    }

    @Test
    void givesGuidanceAsPlaceholdersThatVanishWhenTypedOver() throws Exception {
        List<Element> placeholders = elements(template(), AC, "placeholder");
        assertTrue(placeholders.size() >= 20, "placeholders: " + placeholders.size());
        for (Element placeholder : placeholders) {
            assertEquals(1, placeholder.getElementsByTagNameNS(AT, "i18n").getLength());
        }
    }

    @Test
    void keepsTheGuidanceBlameless() {
        String english = String.join("\n", Bundles.load("blueprint.properties").stringPropertyNames().stream()
                .filter(key -> key.contains(".template.") || key.contains(".how-to-use."))
                .map(key -> Bundles.load("blueprint.properties").getProperty(key)).toList());
        assertTrue(english.contains("why each decision made sense at the time"));
        assertTrue(english.contains("avoid \"would have\" and \"could have\""));
        for (String blame : List.of("fault", "blame who", "should have", "human error", "careless")) {
            assertTrue(!english.toLowerCase(java.util.Locale.ROOT).contains(blame), blame);
        }
    }

    static List<String> columns(Element macro, String keyPrefix) {
        List<String> names = new ArrayList<>();
        for (Element th : byTag(macro, "th")) {
            names.add(((Element) th.getElementsByTagNameNS(AT, "i18n").item(0)).getAttributeNS(AT, "key")
                    .replace(keyPrefix, ""));
        }
        return names;
    }

    static Document template() throws Exception {
        return parse(TemplateRendering.asDocument(TemplateRendering.template()));
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static Element macro(Document doc, String name) {
        for (Element e : elements(doc, AC, "structured-macro")) {
            if (name.equals(e.getAttributeNS(AC, "name"))) {
                return e;
            }
        }
        throw new AssertionError("no macro " + name);
    }

    static List<Element> elements(Document doc, String namespace, String localName) {
        NodeList nodes = namespace == null ? doc.getElementsByTagName(localName)
                : doc.getElementsByTagNameNS(namespace, localName);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    static List<Element> byTag(Element root, String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static void visit(Element e, java.util.function.Consumer<Element> action) {
        action.accept(e);
        NodeList children = e.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                visit(child, action);
            }
        }
    }

}
