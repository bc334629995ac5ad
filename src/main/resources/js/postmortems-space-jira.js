/*
 * A space's Jira settings (space tools): saves the form as JSON through the space's settings resource and shows each
 * field's problem beside it, with the form helpers of postmortems-admin.js. Texts come from the page or the answers.
 */
(function (global) {
    'use strict';

    function init(page, fetchImpl) {
        var form = page.querySelector('#pm-space-form');
        var admin = global.PostmortemsAdmin;
        if (!form || !admin) {
            return null;
        }
        fetchImpl = fetchImpl || global.fetch.bind(global);
        var messages = page.querySelector('.pm-admin__message');
        var text = function (name) {
            return form.getAttribute('data-text-' + name);
        };

        function save() {
            admin.showMessage(messages, 'info', text('saving'));
            var json = admin.formJson(form);
            delete json.connection;
            return fetchImpl(form.getAttribute('data-rest-url'), {
                method: 'PUT',
                credentials: 'same-origin',
                headers: {'Accept': 'application/json', 'Content-Type': 'application/json',
                    'X-Atlassian-Token': 'no-check'},
                body: JSON.stringify(json)
            }).then(function (response) {
                return response.json().then(function (answer) {
                    var unplaced = admin.showErrors(form, (answer && answer.errors) || {});
                    var ok = response.status === 200;
                    admin.showMessage(messages, ok ? 'success' : 'error', (answer && answer.message) || text('failed'),
                        unplaced);
                    return ok;
                });
            }).catch(function () {
                admin.showMessage(messages, 'error', text('failed'));
                return false;
            });
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            save();
        });
        return {save: save};
    }

    /** The Create-dialog link's Copy button, as on the site's settings page (the admin script's). */
    function bindCopy(page) {
        global.PostmortemsAdmin.bindCopy(page);
    }

    global.PostmortemsSpaceJira = {init: init, bindCopy: bindCopy};
    if (global.document && !global.PostmortemsAdminManualStart) {
        var start = function () {
            global.PostmortemsSpaceJira.page = init(global.document, global.PostmortemsAdminFetch);
            bindCopy(global.document);
        };
        if (global.document.readyState === 'loading') {
            global.document.addEventListener('DOMContentLoaded', start);
        } else {
            start();
        }
    }
}(window));
