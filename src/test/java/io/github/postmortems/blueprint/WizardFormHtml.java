package io.github.postmortems.blueprint;

import com.google.gson.JsonObject;
import org.jsoup.nodes.Entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wizard's form as Confluence's Soy transformer renders it, for tests: the {@code .wizardForm} template of
 * {@code soy/postmortem-wizard.soy} with each {@code getText} replaced by the text of one language. The template uses no Soy
 * but {@code getText}, {@code lb} and {@code rb}; any other command fails here rather than render wrongly.
 */
public final class WizardFormHtml {

    public static final Path SOY = Path.of("src/main/resources/soy/postmortem-wizard.soy");
    private static final Pattern GET_TEXT = Pattern.compile("\\{getText\\('([a-z0-9.-]+)'\\)}");

    private WizardFormHtml() {
    }

    public static String render() {
        return render("");
    }

    /** @param language a bundle's suffix: "" for English, "_de", "_fr" */
    public static String render(String language) {
        Properties texts = Bundles.load("blueprint" + language + ".properties");
        texts.putAll(Bundles.load("postmortem" + language + ".properties"));
        String soy;
        try {
            soy = Files.readString(SOY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = soy.indexOf("{template .wizardForm}") + "{template .wizardForm}".length();
        String body = soy.substring(start, soy.indexOf("{/template}", start));
        Matcher m = GET_TEXT.matcher(body);
        StringBuilder html = new StringBuilder();
        while (m.find()) {
            String text = texts.getProperty(m.group(1));
            if (text == null) {
                throw new IllegalStateException("no text for " + m.group(1) + " in " + language);
            }
            m.appendReplacement(html, Matcher.quoteReplacement(Entities.escape(text)));
        }
        m.appendTail(html);
        String other = html.toString().replace("{lb}", "").replace("{rb}", "");
        if (other.indexOf('{') >= 0) {
            throw new IllegalStateException("a Soy command this helper does not render: "
                    + other.substring(other.indexOf('{')));
        }
        return html.toString().replace("{lb}", "{").replace("{rb}", "}");
    }

    /** The wizard's messages in the language as a JavaScript object literal, key -> text. */
    public static String messagesJs(String language) {
        Properties texts = Bundles.load("blueprint" + language + ".properties");
        JsonObject messages = new JsonObject();
        texts.stringPropertyNames().stream().filter(key -> key.startsWith("postmortems.blueprint.wizard.")).sorted()
                .forEach(key -> messages.addProperty(key, texts.getProperty(key)));
        return messages.toString();
    }
}
