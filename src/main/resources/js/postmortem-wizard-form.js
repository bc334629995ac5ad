/*
 * Binds the postmortem wizard's form to its rules with the plain DOM (no AJS), so a headless browser can test it:
 * messages appear beside a field as soon as a person has typed in it, and for every field on submit.
 */
(function (root) {
    'use strict';

    var rules = root.PostmortemsWizardValidation;

    function valuesOf(form) {
        var values = {};
        rules.FIELDS.forEach(function (name) {
            var input = form.elements.namedItem(name);
            values[name] = input ? input.value : '';
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

    /** Offers every zone the browser knows, the browser's own zone selected, unless the select has a value. */
    function fillTimeZones(select) {
        if (!select || typeof Intl === 'undefined' || typeof Intl.supportedValuesOf !== 'function') {
            return;
        }
        var own = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
        var zones = ['UTC'].concat(Intl.supportedValuesOf('timeZone').filter(function (zone) {
            return zone !== 'UTC';
        }));
        var doc = select.ownerDocument;
        zones.forEach(function (zone) {
            var present = Array.prototype.some.call(select.options, function (option) {
                return option.value === zone;
            });
            if (!present) {
                var option = doc.createElement('option');
                option.value = zone;
                option.textContent = zone;
                select.appendChild(option);
            }
        });
        select.value = zones.indexOf(own) >= 0 ? own : 'UTC';
    }

    /**
     * @param form the wizard's form element
     * @param message function(i18nKey) -> text in the viewer's language
     * @return {{validateAll: function(): boolean}}
     */
    function bind(form, message) {
        var touched = {};

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

        function check(all) {
            var errors = rules.validate(valuesOf(form), severityCodes(form));
            show(errors, all);
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
        fillTimeZones: fillTimeZones
    };
}(typeof window !== 'undefined' ? window : this));
