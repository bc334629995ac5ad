package io.github.postmortems.blueprint;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The shared table of wizard cases ({@code blueprint/wizard-validation-cases.json}) that Java and JS both run. */
public final class WizardCases {

    public static final String RESOURCE = "/blueprint/wizard-validation-cases.json";

    /** @param errors field form name -> message key */
    public record Case(String name, Map<String, String> input, Map<String, String> errors) {
    }

    private WizardCases() {
    }

    public static String json() {
        try (InputStream in = WizardCases.class.getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> severityCodes() {
        List<String> codes = new ArrayList<>();
        root().getAsJsonArray("severityCodes").forEach(code -> codes.add(code.getAsString()));
        return codes;
    }

    public static List<Case> all() {
        JsonObject root = root();
        Map<String, String> base = strings(root.getAsJsonObject("base"));
        List<Case> cases = new ArrayList<>();
        for (JsonElement element : root.getAsJsonArray("cases")) {
            JsonObject c = element.getAsJsonObject();
            Map<String, String> input = new LinkedHashMap<>(base);
            input.putAll(strings(c.getAsJsonObject("input")));
            cases.add(new Case(c.get("name").getAsString(), input, strings(c.getAsJsonObject("errors"))));
        }
        return cases;
    }

    private static JsonObject root() {
        try (InputStream in = WizardCases.class.getResourceAsStream(RESOURCE)) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> strings(JsonObject object) {
        Map<String, String> map = new LinkedHashMap<>();
        object.entrySet().forEach(e -> map.put(e.getKey(), e.getValue().getAsString()));
        return map;
    }
}
