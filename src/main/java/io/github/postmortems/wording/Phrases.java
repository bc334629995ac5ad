package io.github.postmortems.wording;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phrases the blameless practice warns against, in English, German and French, folded as {@link Folding} does.
 * A phrase is a few words in a row; a counterfactual may have one adverb inside ("should not have", "aurait pas dû").
 * German counterfactuals are split around the clause ("hätte … sollen"): see {@link Bracket}.
 * <p>
 * Some failures are only blame with a person as their subject: "failed to" after "the job" describes a system, after
 * "Alice" or "the engineer" a person. Those are {@link Phrase#personOnly()}.
 */
final class Phrases {

    /** A run of words; {@code personOnly}: a hint only after a person (a name, a mention, a pronoun or a role). */
    record Phrase(String[] words, HintKind kind, boolean personOnly) {
    }

    /**
     * An opener and, within {@link #WINDOW} words of the same sentence, a closer: "hätte … sollen". An opener that
     * counts alone ("hätte" is "would have") is a hint without its closer too.
     */
    record Bracket(Set<String> openers, Set<String> closers, boolean openerAlone) {
        static final int WINDOW = 10;
    }

    private static final List<String> EN_MODALS = List.of("would", "could", "should", "ought");
    private static final List<String> EN_BETWEEN = List.of("not", "never", "really", "probably", "definitely",
            "certainly", "obviously", "clearly", "easily", "likely", "simply", "perhaps", "maybe", "ideally", "also",
            "surely", "to");
    private static final List<String> FR_CONDITIONALS = List.of("aurais", "aurait", "aurions", "auriez", "auraient");
    private static final List<String> FR_PARTICIPLES = List.of("du", "pu", "fallu", "ete");
    private static final List<String> FR_BETWEEN = List.of("pas", "jamais", "probablement", "certainement",
            "surement", "peut-etre", "vraiment", "clairement", "deja", "donc");

    /** Words between a subject and its verb that keep it the subject: "Alice then forgot", "Alice hat vergessen". */
    static final Set<String> CONNECTORS = Set.of("had", "has", "have", "then", "simply", "just", "also", "again",
            "apparently", "clearly", "obviously", "unfortunately", "hat", "hatte", "haben", "dann", "einfach", "auch",
            "leider", "wieder", "offenbar", "offensichtlich", "schlicht", "avait", "alors", "ensuite", "aussi",
            "encore", "malheureusement", "simplement", "visiblement", "apparemment");

    /** Subjects that are a person without a name: "failed to" after them is blame, but names nobody. */
    static final Set<String> PERSONS = Set.of("he", "she", "someone", "somebody", "engineer", "developer",
            "operator", "admin", "administrator", "on-call", "oncall", "reviewer", "jemand", "entwickler",
            "ingenieur", "betreiber", "bearbeiter", "quelqu'un", "developpeur", "operateur", "administrateur");

    /**
     * The phrases by their first word, then by their second ("" for one-word phrases), longest first: a word is
     * compared with the few phrases that start with it and the word after it.
     */
    static final Map<String, Map<String, List<Phrase>>> BY_FIRST_WORDS;
    static final Bracket[] BRACKETS = {
            new Bracket(Set.of("haette", "haetten", "haettest", "haettet"),
                    Set.of("sollen", "koennen", "muessen", "duerfen"), true),
            new Bracket(Set.of("waere", "waeren", "waerst", "waeret"),
                    Set.of("gewesen", "passiert", "geworden", "worden", "aufgefallen", "vermieden", "verhindert"),
                    false)};
    /** The longest phrase, in words. */
    static final int LONGEST;

    static {
        List<Phrase> all = new ArrayList<>();
        for (String modal : EN_MODALS) {
            String have = modal.equals("ought") ? "to have" : "have";
            counterfactual(all, modal + " " + have);
            counterfactual(all, modal + " of"); // "should of": how it is often typed
            if (!modal.equals("ought")) {
                counterfactual(all, modal + "n't have");
                counterfactual(all, modal + "'ve");
                counterfactual(all, modal + "n't've");
                for (String between : EN_BETWEEN) {
                    if (!between.equals("to")) {
                        counterfactual(all, modal + " " + between + " have");
                    }
                }
            }
        }
        counterfactual(all, "if only");
        counterfactual(all, "in hindsight");
        for (String conditional : FR_CONDITIONALS) {
            for (String participle : FR_PARTICIPLES) {
                counterfactual(all, conditional + " " + participle);
                for (String between : FR_BETWEEN) {
                    counterfactual(all, conditional + " " + between + " " + participle);
                }
            }
        }
        counterfactual(all, "im nachhinein");
        counterfactual(all, "avec le recul");

        for (String humanError : List.of("human error", "human errors", "operator error", "user error",
                "pilot error", "erreur humaine", "erreurs humaines", "erreur de manipulation", "bedienfehler",
                "menschliches versagen", "menschlichem versagen", "menschlichen versagens", "menschlicher fehler",
                "menschlichen fehler", "menschlichen fehlers", "menschliche fehler", "menschlichem fehler")) {
            add(all, humanError, HintKind.HUMAN_ERROR, false);
        }
        for (String blame : List.of(
                // English
                "careless", "carelessly", "carelessness", "negligent", "negligently", "negligence", "reckless",
                "recklessly", "sloppy", "sloppiness", "lazy", "laziness", "incompetent", "incompetence", "forgot",
                "forgot to", "had forgotten to", "neglected to", "didn't bother", "did not bother", "dropped the ball",
                "screwed up", "messed up", "at fault", "his fault", "her fault", "their fault", "to blame",
                "not paying attention", "didn't pay attention", "did not pay attention", "should have known",
                "inattentive", "inattention",
                // German
                "vergessen", "vergass", "vergassen", "versaeumt", "versaeumte", "versaeumten", "fahrlaessig",
                "fahrlaessige", "fahrlaessigen", "fahrlaessiger", "fahrlaessigkeit", "nachlaessig", "nachlaessige",
                "nachlaessigkeit", "unachtsam", "unachtsamkeit", "leichtsinnig", "leichtsinn", "schlampig",
                "schlamperei", "nicht aufgepasst", "ist schuld", "sind schuld", "seine schuld", "ihre schuld",
                "schuld daran",
                // French
                "a oublie", "ont oublie", "avait oublie", "avons oublie", "oublie de", "negligente", "negligents",
                "negligentes", "negligemment", "a neglige", "imprudent", "imprudente", "imprudence", "manque d'attention",
                "sa faute", "leur faute", "la faute de", "n'a pas pris la peine", "a bacle", "a omis", "ont omis",
                "etourderie", "inattentif", "inattentive")) {
            add(all, blame, HintKind.BLAME, false);
        }
        for (String failure : List.of("failed to", "fails to", "didn't", "did not", "missed", "ignored",
                "overlooked", "broke", "made a mistake", "uebersah", "uebersehen", "ignorierte", "ignoriert",
                "hat nicht", "hatte nicht", "n'a pas", "n'avait pas", "a ignore", "a rate", "a echoue",
                "a casse", "s'est trompe")) {
            add(all, failure, HintKind.BLAME, true);
        }
        Map<String, Map<String, List<Phrase>>> byFirst = new HashMap<>();
        int longest = 0;
        for (Phrase phrase : all) {
            String second = phrase.words().length > 1 ? phrase.words()[1] : "";
            byFirst.computeIfAbsent(phrase.words()[0], first -> new HashMap<>())
                    .computeIfAbsent(second, next -> new ArrayList<>()).add(phrase);
            longest = Math.max(longest, phrase.words().length);
        }
        // The longest first: "n'a pas pris la peine" before "n'a pas".
        Map<String, Map<String, List<Phrase>>> sorted = new HashMap<>();
        byFirst.forEach((first, bySecond) -> {
            Map<String, List<Phrase>> inOrder = new HashMap<>();
            bySecond.forEach((second, phrases) -> inOrder.put(second, phrases.stream()
                    .sorted(Comparator.comparingInt((Phrase p) -> -p.words().length)).toList()));
            sorted.put(first, Map.copyOf(inOrder));
        });
        BY_FIRST_WORDS = Map.copyOf(sorted);
        LONGEST = longest;
    }

    private Phrases() {
    }

    private static void counterfactual(List<Phrase> all, String words) {
        add(all, words, HintKind.COUNTERFACTUAL, false);
    }

    /** The phrase as the tokenizer will see it: folded, elisions split off ("n'a" is "n'" and "a"). */
    private static void add(List<Phrase> all, String words, HintKind kind, boolean personOnly) {
        List<String> tokens = new ArrayList<>();
        for (Token token : Tokenizer.words(words)) {
            tokens.add(token.folded());
        }
        all.add(new Phrase(tokens.toArray(new String[0]), kind, personOnly));
    }
}
