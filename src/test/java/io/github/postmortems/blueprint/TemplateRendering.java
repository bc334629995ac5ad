package io.github.postmortems.blueprint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the page template the way Confluence does when it creates the page: {@code at:var} values inserted as
 * escaped text, {@code at:rawxhtml="true"} values as markup, {@code at:i18n} as the English text.
 */
public final class TemplateRendering {

    public static final String TEMPLATE = "/templates/postmortem-page.xml";
    public static final String NAMESPACES = "xmlns:ac=\"http://atlassian.com/content\" "
            + "xmlns:ri=\"http://atlassian.com/resource/identifier\" xmlns:at=\"http://atlassian.com/template\"";

    private static final Pattern VAR = Pattern.compile("<at:var at:name=\"([^\"]+)\"( at:rawxhtml=\"true\")?\\s*/>");
    private static final Pattern I18N = Pattern.compile("<at:i18n at:key=\"([^\"]+)\"\\s*/>");

    private TemplateRendering() {
    }

    public static String template() {
        try (InputStream in = TemplateRendering.class.getResourceAsStream(TEMPLATE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String render(Map<String, ?> variables) {
        return render(variables, "");
    }

    /**
     * Renders in one language ("" for English, "de", "fr"): Confluence fills {@code at:i18n} in the creating
     * user's language, so a page's labels may be in any bundled language.
     */
    public static String render(Map<String, ?> variables, String language) {
        return render(template(), variables, language);
    }

    /** Renders {@code template} (a variant of the page template) as Confluence would. */
    public static String render(String template, Map<String, ?> variables, String language) {
        String suffix = language.isEmpty() ? "" : "_" + language;
        Properties texts = Bundles.load("blueprint" + suffix + ".properties");
        texts.putAll(Bundles.load("postmortem" + suffix + ".properties"));
        String withVars = replace(VAR, template, m -> {
            Object value = variables.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("No value for at:var " + m.group(1));
            }
            return m.group(2) != null ? value.toString() : StorageMarkup.escape(value.toString());
        });
        return replace(I18N, withVars, m -> {
            String text = texts.getProperty(m.group(1));
            if (text == null) {
                throw new IllegalArgumentException("No text for at:i18n " + m.group(1) + " in " + language);
            }
            return StorageMarkup.escape(text);
        });
    }

    /** The rendered page wrapped in a root element that declares the storage namespaces, for XML parsers. */
    public static String asDocument(String storage) {
        return "<page " + NAMESPACES + ">" + storage + "</page>";
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
