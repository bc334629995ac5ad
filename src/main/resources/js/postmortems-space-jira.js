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
            return admin.saveForm(fetchImpl, form, form.getAttribute('data-rest-url'), json, messages,
                text('failed'));
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
