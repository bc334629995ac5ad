package io.github.postmortems.confluence.blueprint;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The space's postmortem index page offers Confluence's own create-from-template button on our blueprint, and its
 * list leaves the button to it. The macro's parameters are those the create-content plugin's CreateFromTemplateMacro
 * reads: the blueprint module's complete key (not the web item's) and the button label as an i18n key, which it
 * resolves for each reader.
 */
class IndexTemplateTest {

    @Test
    void theIndexPageHasACreateFromTemplateButtonOnThePostmortemBlueprintAndAListWithoutItsOwn() throws IOException {
        Document index = Jsoup.parse(Files.readString(Path.of("src/main/resources/templates/postmortem-index.xml")),
                "", Parser.xmlParser());
        Element create = index.selectFirst("ac|structured-macro[ac:name=create-from-template]");
        assertNotNull(create, "a create-from-template macro");
        Document descriptor = Jsoup.parse(Files.readString(Path.of("atlassian-plugin.xml")), "", Parser.xmlParser());
        Element blueprint = descriptor.selectFirst("blueprint[index-template-key=blueprint-index-template]");
        assertEquals(PostmortemPageCreatedListener.PLUGIN_KEY + ":" + blueprint.attr("key"),
                parameter(create, "blueprintModuleCompleteKey"));
        String label = parameter(create, "buttonLabel");
        assertTrue(bundle("list").containsKey(label), "the label is a key of ours: " + label);
        Element list = index.selectFirst("ac|structured-macro[ac:name=postmortem-list]");
        assertEquals("false", parameter(list, "createButton"));
    }

    private static String parameter(Element macro, String name) {
        Element parameter = macro.selectFirst("ac|parameter[ac:name=" + name + "]");
        assertNotNull(parameter, "parameter " + name);
        return parameter.text();
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("i18n", name + ".properties"))) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.ISO_8859_1));
        }
        return properties;
    }
}
