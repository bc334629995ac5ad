/*
 * "Weekly digest" (the site's settings page): saves the switch and the day as JSON through the digest settings
 * resource, with the form helpers of postmortems-admin.js. Texts come from the page or the answers.
 */
(function (global) {
    'use strict';

    function digestJson(form) {
        return {
            enabled: form.querySelector('input[name="enabled"]').checked,
            day: form.querySelector('select[name="day"]').value
        };
    }

    function init(page, fetchImpl) {
        var form = page.querySelector('#pm-digest-form');
        var admin = global.PostmortemsAdmin;
        if (!form || !admin) {
            return null;
        }
        fetchImpl = fetchImpl || global.fetch.bind(global);
        var messages = form.querySelector('.pm-digest__message');
        var text = function (name) {
            return form.getAttribute('data-text-' + name);
        };

        function save() {
            admin.showMessage(messages, 'info', text('saving'));
            return admin.saveForm(fetchImpl, form, form.getAttribute('data-rest-url'), digestJson(form), messages,
                text('failed'));
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            save();
        });
        return {save: save, json: function () { return digestJson(form); }};
    }

    global.PostmortemsDigest = {init: init};
    if (global.document && !global.PostmortemsAdminManualStart) {
        var start = function () {
            global.PostmortemsDigest.page = init(global.document, global.PostmortemsAdminFetch);
        };
        if (global.document.readyState === 'loading') {
            global.document.addEventListener('DOMContentLoaded', start);
        } else {
            start();
        }
    }
}(window));
