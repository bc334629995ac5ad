package io.github.postmortems.text;

/**
 * How deep JSON text nests, read in one linear pass before any parser sees it: a parser recurses once per level, so
 * hostile input of a few kilobytes of brackets would otherwise cost a stack or memory per level.
 */
public final class JsonNesting {

    private JsonNesting() {
    }

    /** Whether objects and arrays nest deeper than {@code max} anywhere in {@code json} (strings skipped). */
    public static boolean deeperThan(String json, int max) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > max) {
                    return true;
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return false;
    }
}
