package io.github.postmortems.hostapi;

/** Small readings of JVM signature strings (JVMS 4.7.9.1). */
final class Signatures {

    private Signatures() {
    }

    /** The leading formal type parameters, "<T:Ljava/lang/Object;>", or "" when there are none. */
    static String formalTypeParameters(String signature) {
        if (signature == null || !signature.startsWith("<")) {
            return "";
        }
        int depth = 0;
        for (int i = 0; i < signature.length(); i++) {
            char c = signature.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>' && --depth == 0) {
                return signature.substring(0, i + 1);
            }
        }
        throw new IllegalArgumentException("unbalanced signature: " + signature);
    }

    /** The signature without a thrown-type-variable part ("^TX;"), which the records write only when one is thrown. */
    static String withoutThrows(String signature) {
        int caret = signature.indexOf('^');
        return caret < 0 ? signature : signature.substring(0, caret);
    }

    /** A binary name from an internal one: com/a/B$C -> com.a.B$C. */
    static String binary(String internalName) {
        return internalName.replace('/', '.');
    }
}
