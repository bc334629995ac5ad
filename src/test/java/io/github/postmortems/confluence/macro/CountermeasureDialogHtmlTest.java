package io.github.postmortems.confluence.macro;

import io.github.postmortems.confluence.support.VelocityTemplateRenderer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The create dialog's rows and the script's texts written in Java read exactly as the template's loops wrote them,
 * escaping included: hundreds of random boards with markup characters, quotes, ampersands and non-Latin text.
 */
class CountermeasureDialogHtmlTest {

    private static final String TEMPLATE = "templates/test/countermeasure-dialog-as-template.vm";
    private static final String[] TEXTS = {"", "Make the pool reconnect after failover", "<img src=x onerror=alert(1)>",
        "R&D", "&lt;already&gt;", "\"quoted\" and 'single'", "Überprüfen", "再试一次", "{0} of {1} created",
        "line\nbreak", "$board.summary() #if(x)", "r-4db1189a16c447ae"};

    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();

    @Test
    void writesTheDialogRowsAndScriptTextsAsTheTemplateDid() {
        Random random = new Random(20261130L);
        for (int board = 0; board < 300; board++) {
            List<CountermeasureBoard.Unplaced.Row> rows = new ArrayList<>();
            for (int i = random.nextInt(8); i > 0; i--) {
                rows.add(new CountermeasureBoard.Unplaced.Row(pick(random), pick(random)));
            }
            List<CountermeasureBoard.ScriptText> texts = new ArrayList<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                texts.add(new CountermeasureBoard.ScriptText(pick(random), pick(random)));
            }
            CountermeasureBoard model = board(texts, new CountermeasureBoard.Dialog("", "", "", "", "", "", rows));
            String java = "<div" + model.scriptTextsHtml() + ">\n<ul class=\"pm-create-dialog__rows\">\n"
                    + model.dialog().rowsHtml() + "</ul>\n";
            assertEquals(renderer.render(TEMPLATE, Map.of("board", model)), java);
        }
    }

    @Test
    void escapesEveryValue() {
        CountermeasureBoard model = board(List.of(new CountermeasureBoard.ScriptText("a\"b", "<p>&'")),
                new CountermeasureBoard.Dialog("", "", "", "", "", "",
                        List.of(new CountermeasureBoard.Unplaced.Row("r\"1", "<script>"))));
        assertEquals(" data-text-a&quot;b=\"&lt;p&gt;&amp;&#39;\"", model.scriptTextsHtml());
        assertTrue(model.dialog().rowsHtml().contains("value=\"r&quot;1\" checked> &lt;script&gt;</label>"));
    }

    private static CountermeasureBoard board(List<CountermeasureBoard.ScriptText> texts,
                                             CountermeasureBoard.Dialog dialog) {
        return new CountermeasureBoard("", "", "", List.of(), List.of(), List.of(), "", "", "", "", Styles.SCREEN, "",
                "", "", null, texts, dialog, null, "", "", null);
    }

    private static String pick(Random random) {
        return TEXTS[random.nextInt(TEXTS.length)];
    }
}
