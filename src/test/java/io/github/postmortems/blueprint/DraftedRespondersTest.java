package io.github.postmortems.blueprint;

import io.github.postmortems.text.BundleMessages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DraftedRespondersTest {

    @Test
    void readsEachUsernameOnceInOrderAndNothingFromAnEmptyField() {
        assertEquals(Optional.of(List.of()), DraftedResponders.decode(null));
        assertEquals(Optional.of(List.of()), DraftedResponders.decode(" \n "));
        assertEquals(Optional.of(List.of("ana", "bo", "c\u00e9line")),
                DraftedResponders.decode("ana\n bo \n\nana\nc\u00e9line\n"));
    }

    @Test
    void refusesWhatTheDialogNeverSends() {
        String many = IntStream.range(0, DraftedResponders.MAX_PEOPLE + 1).mapToObj(i -> "user" + i)
                .collect(Collectors.joining("\n"));
        assertEquals(Optional.empty(), DraftedResponders.decode(many), "more people than any incident had");
        assertEquals(Optional.empty(), DraftedResponders.decode("x".repeat(DraftedResponders.MAX_USERNAME + 1)));
        assertEquals(Optional.empty(), DraftedResponders.decode("ana\u0000bo"));
        assertEquals(Optional.empty(), DraftedResponders.decode("a\n".repeat(20_000)), "longer than the dialog sends");
    }

    @Test
    void mentionsEachResponderEscapedOrKeepsTheHint() {
        BundleMessages english = BundleMessages.english();
        assertEquals("<ac:link><ri:user ri:username=\"ana\" /></ac:link>, "
                        + "<ac:link><ri:user ri:username=\"o&quot;&lt;b&gt;\" /></ac:link>",
                DraftedResponders.xhtml(List.of("ana", "o\"<b>"), english));
        assertEquals(StorageMarkup.placeholder(english.text(DraftedResponders.HINT_KEY)),
                DraftedResponders.xhtml(List.of(), english));
    }
}
