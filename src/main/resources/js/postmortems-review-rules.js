/*
 * "Review and sign-off" (the site's settings page and a space's): saves the approval rules as JSON through the page's
 * review rules resource and shows each field's problem beside it, with the form helpers of postmortems-admin.js.
 * Nothing typed is cleared on a refused save. Texts come from the page or the answers.
 */
(function (global) {
    'use strict';

    var APPROVALS = 'approvals.';

    /** The form as the resource reads it: users, groups, approvals by severity, and for a space "own". */
    function rulesJson(form) {
        var json = {approvals: {}};
        var fields = form.querySelectorAll('input[name], textarea[name]');
        for (var i = 0; i < fields.length; i++) {
            var field = fields[i];
            if (field.type === 'radio') {
                if (field.checked) {
                    json[field.name] = field.value === 'true';
                }
            } else if (field.name.indexOf(APPROVALS) === 0) {
                json.approvals[field.name.substring(APPROVALS.length)] = field.value;
            } else {
                json[field.name] = field.value;
            }
        }
        return json;
    }

    function init(page, fetchImpl) {
        var form = page.querySelector('#pm-review-form');
        var admin = global.PostmortemsAdmin;
        if (!form || !admin) {
            return null;
        }
        fetchImpl = fetchImpl || global.fetch.bind(global);
        var messages = form.querySelector('.pm-review__message');
        var text = function (name) {
            return form.getAttribute('data-text-' + name);
        };

        function save() {
            admin.showMessage(messages, 'info', text('saving'));
            return admin.saveForm(fetchImpl, form, form.getAttribute('data-rest-url'), rulesJson(form), messages,
                text('failed'));
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            save();
        });
        return {save: save, json: function () { return rulesJson(form); }};
    }

    global.PostmortemsReviewRules = {init: init};
    if (global.document && !global.PostmortemsAdminManualStart) {
        var start = function () {
            global.PostmortemsReviewRules.page = init(global.document, global.PostmortemsAdminFetch);
        };
        if (global.document.readyState === 'loading') {
            global.document.addEventListener('DOMContentLoaded', start);
        } else {
            start();
        }
    }
}(window));
