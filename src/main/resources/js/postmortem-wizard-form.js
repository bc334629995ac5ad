/*
 * Binds the postmortem wizard's form to its rules with the plain DOM (no AJS), so a headless browser can test it:
 * messages appear beside a field as soon as a person has typed in it, and for every field on submit.
 */
(function (root) {
    'use strict';

    var rules = root.PostmortemsWizardValidation;

    // What a date or time input holds when the browser could not read what was typed: no valid date or time.
    var UNREADABLE = '?';
    var FUTURE_START = 'postmortems.blueprint.wizard.warning.start-in-future';

    function valuesOf(form) {
        var values = {};
        rules.FIELDS.forEach(function (name) {
            var input = form.elements.namedItem(name);
            if (!input) {
                values[name] = '';
            } else if (input.validity && input.validity.badInput) {
                // A half-typed date reads as '' in the DOM, which would pass for "left empty".
                values[name] = UNREADABLE;
            } else {
                values[name] = input.value;
            }
        });
        return values;
    }

    function severityCodes(form) {
        var select = form.elements.namedItem('severity');
        var codes = [];
        if (select && select.options) {
            for (var i = 0; i < select.options.length; i++) {
                if (select.options[i].value !== '') {
                    codes.push(select.options[i].value);
                }
            }
        }
        return codes;
    }

    var REGIONS = ['Africa', 'America', 'Antarctica', 'Arctic', 'Asia', 'Atlantic', 'Australia', 'Europe', 'Indian',
        'Pacific'];

    /** Europe/Berlin -> Berlin, America/Argentina/Buenos_Aires -> Argentina / Buenos Aires. */
    function placeOf(zone) {
        var slash = zone.indexOf('/');
        return (slash < 0 ? zone : zone.substring(slash + 1)).split('/').join(' / ').split('_').join(' ');
    }

    function regionOf(zone) {
        var region = zone.split('/')[0];
        return REGIONS.indexOf(region) >= 0 && zone.indexOf('/') > 0 ? region : '';
    }

    function zoneOption(doc, zone) {
        var option = doc.createElement('option');
        option.value = zone;
        option.textContent = regionOf(zone) === '' ? zone : placeOf(zone);
        return option;
    }

    /**
     * Fills the zone select with every zone the browser knows, grouped by region and sorted by place (UTC and zones
     * of no region last, under the select's data-other-group label), and selects the preferred zone: the one of the
     * Confluence profile when known, else the browser's, else UTC.
     */
    function fillTimeZones(select, preferred) {
        if (!select) {
            return;
        }
        var doc = select.ownerDocument;
        var known = typeof Intl !== 'undefined' && typeof Intl.supportedValuesOf === 'function'
            ? Intl.supportedValuesOf('timeZone') : [];
        var own = typeof Intl !== 'undefined' ? Intl.DateTimeFormat().resolvedOptions().timeZone : '';
        var zones = ['UTC'];
        known.concat([preferred, own]).forEach(function (zone) {
            if (zone && zones.indexOf(zone) < 0 && rules.isZone(zone)) {
                zones.push(zone);
            }
        });
        var groups = {};
        zones.forEach(function (zone) {
            var region = regionOf(zone);
            (groups[region] = groups[region] || []).push(zone);
        });
        while (select.firstChild) {
            select.removeChild(select.firstChild);
        }
        REGIONS.concat(['']).forEach(function (region) {
            if (!groups[region]) {
                return;
            }
            var group = doc.createElement('optgroup');
            group.label = region === '' ? (select.getAttribute('data-other-group') || 'UTC') : region;
            groups[region].sort(function (a, b) {
                return a === 'UTC' ? -1 : b === 'UTC' ? 1 : placeOf(a).localeCompare(placeOf(b));
            }).forEach(function (zone) {
                group.appendChild(zoneOption(doc, zone));
            });
            select.appendChild(group);
        });
        select.value = preferred && zones.indexOf(preferred) >= 0 ? preferred
            : own && zones.indexOf(own) >= 0 ? own : 'UTC';
        select.setAttribute('data-default-zone', select.value);
    }

    /** Selects the profile's zone once it is known, unless the person has chosen a zone meanwhile. */
    function preferZone(select, zone) {
        if (select && zone && select.value === select.getAttribute('data-default-zone')) {
            fillTimeZones(select, zone);
        }
    }

    /** Narrows the zone select to the zones whose name or place holds what is typed, and picks the first of them. */
    function bindZoneFilter(input, select) {
        if (!input || !select) {
            return;
        }
        function normal(text) {
            return text.toLowerCase().split('_').join(' ');
        }
        input.addEventListener('input', function () {
            var query = normal(rules.collapse(input.value));
            var first = null;
            var selectedShown = false;
            Array.prototype.forEach.call(select.getElementsByTagName('optgroup'), function (group) {
                var shown = 0;
                Array.prototype.forEach.call(group.getElementsByTagName('option'), function (option) {
                    var match = query === '' || normal(option.value).indexOf(query) >= 0
                        || normal(option.textContent).indexOf(query) >= 0;
                    option.hidden = !match;
                    if (match) {
                        shown++;
                        first = first || option;
                        selectedShown = selectedShown || option.selected;
                    }
                });
                group.hidden = shown === 0;
            });
            if (first && !selectedShown) {
                select.value = first.value;
                select.dispatchEvent(new Event('change', {bubbles: true}));
            }
        });
    }

    /**
     * @param form the wizard's form element
     * @param message function(i18nKey) -> text in the viewer's language
     * @param now optional function() -> the current time in milliseconds, for the warning about a future start
     * @return {{validateAll: function(): boolean}}
     */
    function bind(form, message, now) {
        var touched = {};
        var clock = now || Date.now;

        function show(errors, all) {
            rules.FIELDS.forEach(function (name) {
                var input = form.elements.namedItem(name);
                var slot = form.querySelector('[data-error-for="' + name + '"]');
                var key = (all || touched[name]) ? errors[name] : undefined;
                if (slot) {
                    slot.textContent = key ? message(key) : '';
                }
                if (input && input.setAttribute) {
                    if (key) {
                        input.setAttribute('aria-invalid', 'true');
                    } else {
                        input.removeAttribute('aria-invalid');
                    }
                }
            });
        }

        function warn(values, errors) {
            var slot = form.querySelector('[data-warning-for="startDate"]');
            if (!slot) {
                return;
            }
            var future = !errors.startDate && !errors.startTime && !errors.timeZone
                && rules.startsInFuture(values, clock());
            slot.textContent = future ? message(FUTURE_START) : '';
            slot.hidden = !future;
        }

        function check(all) {
            var values = valuesOf(form);
            var errors = rules.validate(values, severityCodes(form));
            show(errors, all);
            warn(values, errors);
            return Object.keys(errors).length === 0;
        }

        function onEdit(event) {
            if (event.target && event.target.name) {
                touched[event.target.name] = true;
            }
            check(false);
        }

        form.addEventListener('input', onEdit);
        form.addEventListener('change', onEdit);
        return {
            validateAll: function () {
                return check(true);
            }
        };
    }

    root.PostmortemsWizardForm = {
        bind: bind,
        fillTimeZones: fillTimeZones,
        preferZone: preferZone,
        bindZoneFilter: bindZoneFilter
    };
}(typeof window !== 'undefined' ? window : this));
