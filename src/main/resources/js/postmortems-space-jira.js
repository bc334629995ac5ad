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

    /**
     * The Create-dialog link for Jira: its Copy button puts the link on the clipboard (selecting it where the browser
     * gives no clipboard), and says so under it in the page's words.
     */
    function bindCopy(page) {
        var button = page.querySelector('[data-copy-link]');
        var form = page.querySelector('#pm-create-link-form');
        if (!button) {
            return;
        }
        var field = page.getElementById ? page.getElementById(button.getAttribute('data-copy-link'))
            : page.querySelector('#' + button.getAttribute('data-copy-link'));
        var status = page.querySelector('[data-copy-status]');
        if (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
            });
        }
        function say(name) {
            if (status) {
                status.textContent = button.getAttribute('data-text-' + name);
            }
        }
        function selectAndCopy() {
            field.focus();
            field.select();
            var copied = false;
            try {
                copied = global.document.execCommand('copy');
            } catch (e) {
                copied = false;
            }
            say(copied ? 'copied' : 'copy-failed');
        }
        button.addEventListener('click', function () {
            var clipboard = global.navigator && global.navigator.clipboard;
            if (clipboard && typeof clipboard.writeText === 'function') {
                clipboard.writeText(field.value).then(function () {
                    say('copied');
                }, selectAndCopy);
            } else {
                selectAndCopy();
            }
        });
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
