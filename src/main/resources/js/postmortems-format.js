/*
 * Postmortems.format: fills a pattern from our i18n bundles with numbers a script learned in the browser, by the same
 * rules Java's MessageFormat applies on the server (FormatParityInBrowserTest holds them to it). Scripts get their
 * patterns from the page (data-text-* attributes written in the reader's language), since Confluence's jsI18n
 * transform translates only literal AJS.I18n.getText calls.
 */
(function () {
    'use strict';

    /**
     * The part of MessageFormat our bundles use: {n}, {n,number,integer}, {n,choice,limit#text|limit<text...} (a
     * chosen text is formatted again) and '' for a quote. Patterns come from our own bundles, never from users.
     */
    function format(pattern, args) {
        var out = '';
        var i = 0;
        while (i < pattern.length) {
            var c = pattern.charAt(i);
            if (c === "'" && pattern.charAt(i + 1) === "'") {
                out += "'";
                i += 2;
            } else if (c === '{') {
                var end = closing(pattern, i);
                out += argument(pattern.substring(i + 1, end), args);
                i = end + 1;
            } else {
                out += c;
                i++;
            }
        }
        return out;
    }

    function closing(pattern, open) {
        var depth = 0;
        for (var i = open; i < pattern.length; i++) {
            if (pattern.charAt(i) === '{') {
                depth++;
            } else if (pattern.charAt(i) === '}' && --depth === 0) {
                return i;
            }
        }
        return pattern.length;
    }

    function argument(spec, args) {
        var comma = spec.indexOf(',');
        var value = args[parseInt(comma < 0 ? spec : spec.substring(0, comma), 10)];
        var style = comma < 0 ? '' : spec.substring(comma + 1);
        if (style.indexOf('choice,') === 0) {
            return format(choose(style.substring('choice,'.length), Number(value)), args);
        }
        if (style.indexOf('number') === 0) {
            return String(Math.round(Number(value)));
        }
        return value === undefined || value === null ? '' : String(value);
    }

    /** The text of the last choice whose limit the number reaches ({@code 1#} from 1 on, {@code 1<} above 1). */
    function choose(choices, number) {
        var chosen = '';
        var parts = [];
        var depth = 0;
        var start = 0;
        for (var i = 0; i < choices.length; i++) {
            var c = choices.charAt(i);
            depth += c === '{' ? 1 : c === '}' ? -1 : 0;
            if (c === '|' && depth === 0) {
                parts.push(choices.substring(start, i));
                start = i + 1;
            }
        }
        parts.push(choices.substring(start));
        parts.forEach(function (part, index) {
            var mark = part.search(/[#<\u2264]/);
            var limit = Number(part.substring(0, mark));
            var strict = part.charAt(mark) === '<';
            if (index === 0 || (strict ? number > limit : number >= limit)) {
                chosen = part.substring(mark + 1);
            }
        });
        return chosen;
    }

    window.Postmortems = window.Postmortems || {};
    window.Postmortems.format = format;
}());
