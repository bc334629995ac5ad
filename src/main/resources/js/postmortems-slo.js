/*
 * "Countermeasure SLO" (the site's settings page and a space's): saves the days per priority as JSON through the
 * page's SLO resource and shows each field's problem beside it, with the form helpers of postmortems-admin.js.
 * Nothing typed is cleared on a refused save. Texts come from the page or the answers.
 */
(function (global) {
    'use strict';

    var DAYS = 'days.';

    /** The form as the resource reads it: days by priority, and for a space "own". */
    function sloJson(form) {
        var json = {days: {}};
        var fields = form.querySelectorAll('input[name]');
        for (var i = 0; i < fields.length; i++) {
            var field = fields[i];
            if (field.type === 'radio') {
                if (field.checked) {
                    json[field.name] = field.value === 'true';
                }
            } else if (field.name.indexOf(DAYS) === 0) {
                json.days[field.name.substring(DAYS.length)] = field.value;
            }
        }
        return json;
    }

    function init(page, fetchImpl) {
        var form = page.querySelector('#pm-slo-form');
        var admin = global.PostmortemsAdmin;
        if (!form || !admin) {
            return null;
        }
        fetchImpl = fetchImpl || global.fetch.bind(global);
        var messages = form.querySelector('.pm-slo__message');
        var text = function (name) {
            return form.getAttribute('data-text-' + name);
        };

        function save() {
            admin.showMessage(messages, 'info', text('saving'));
            return admin.saveForm(fetchImpl, form, form.getAttribute('data-rest-url'), sloJson(form), messages,
                text('failed'));
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            save();
        });
        return {save: save, json: function () { return sloJson(form); }};
    }

    global.PostmortemsSlo = {init: init};
    if (global.document && !global.PostmortemsAdminManualStart) {
        var start = function () {
            global.PostmortemsSlo.page = init(global.document, global.PostmortemsAdminFetch);
        };
        if (global.document.readyState === 'loading') {
            global.document.addEventListener('DOMContentLoaded', start);
        } else {
            start();
        }
    }
}(window));
