package io.github.postmortems.report;

import java.util.List;

/**
 * CSV as RFC 4180 writes it (CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes
 * doubled), with a guard against formula injection. A spreadsheet may split a line on other separators than ours
 * (Excel in German or French splits on ';', others on tabs), so a formula can start after any separator, not only at
 * the start of a cell: wherever a formula trigger (= + - @, their full-width forms, or a tab or CR) begins a cell or
 * follows a separator, perhaps after spaces or an opening quote, it gets an apostrophe in front, as OWASP recommends.
 */
public final class Csv {

    /** Where a spreadsheet may start a new field when it guesses the separator. */
    private static final String SEPARATORS = ",;\t|\r\n";
    private static final String TRIGGERS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    private Csv() {
    }

    public static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    static String cell(String value) {
        String text = defused(value == null ? "" : value);
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** One pass: a field may start at 0 and after every separator; spaces and quotes before a trigger still count. */
    private static String defused(String text) {
        StringBuilder out = null;
        boolean fieldStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (fieldStart && TRIGGERS.indexOf(c) >= 0) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append('\'');
                fieldStart = false;
            } else if (SEPARATORS.indexOf(c) >= 0) {
                fieldStart = true;
            } else if (c != ' ' && c != '"') {
                fieldStart = false;
            }
            if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
