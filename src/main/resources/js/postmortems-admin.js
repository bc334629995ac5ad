/*
 * The Jira settings page: saves the form as JSON through the admin REST resources, shows each field's problem
 * beside the field and the outcome in an AUI message, tests the form's values without saving them (offering Jira's
 * projects, issue types and priorities as choices afterwards), fetches new webhook secrets and adds and removes the
 * rows of the incident severity mapping.
 * Plain JavaScript; every text shown comes from the server (the page's data-text-* attributes or the answers).
 */
(function (global) {
    'use strict';

    var PRIORITY = 'priorities.';
    var INCIDENT = 'incident.';
    var SEVERITY_ROW = 'incident.severity.';

    /**
     * The form as the settings resource reads it; fields named priorities.P1 become {priorities: {P1: ...}}, fields
     * named incident.x become {incident: {x: ...}} and the severity rows {incident: {severities: [{value, severity}]}}.
     */
    function formJson(form) {
        var json = {priorities: {}, incident: {severities: severityRows(form)}};
        var fields = form.querySelectorAll('input[name], select[name]');
        for (var i = 0; i < fields.length; i++) {
            var field = fields[i];
            if (field.type === 'radio' && !field.checked || field.name.indexOf(SEVERITY_ROW) === 0) {
                continue;
            }
            if (field.name.indexOf(PRIORITY) === 0) {
                json.priorities[field.name.substring(PRIORITY.length)] = field.value;
            } else if (field.name.indexOf(INCIDENT) === 0) {
                json.incident[field.name.substring(INCIDENT.length)] = field.value;
            } else {
                json[field.name] = field.value;
            }
        }
        if (!json.connection) {
            json.connection = 'none';
        }
        return json;
    }

    /** The severity mapping's rows in the order shown, blank ones included (the server passes over them). */
    function severityRows(form) {
        var rows = form.querySelectorAll('.pm-admin__severity-row');
        var severities = [];
        for (var i = 0; i < rows.length; i++) {
            var value = rows[i].querySelector('[name="incident.severity.value"]');
            var code = rows[i].querySelector('[name="incident.severity.code"]');
            if (value && code) {
                severities.push({value: value.value, severity: code.value});
            }
        }
        return severities;
    }

    /** "Add row" copies the page's empty row; "Remove" takes its own row away. */
    function initSeverityRows(form) {
        var body = form.querySelector('.pm-admin__severity-rows');
        var template = form.querySelector('.pm-admin__severity-template');
        var add = form.querySelector('.pm-admin__add-row');
        if (!body || !template || !add) {
            return null;
        }
        body.addEventListener('click', function (event) {
            var button = event.target.closest ? event.target.closest('.pm-admin__remove-row') : null;
            if (button) {
                var row = button.closest('.pm-admin__severity-row');
                var next = row.nextElementSibling || row.previousElementSibling;
                row.parentNode.removeChild(row);
                (next ? next.querySelector('input') : add).focus();
            }
        });
        function addRow() {
            body.appendChild(document.importNode(template.content, true));
            var inputs = body.querySelectorAll('.pm-admin__severity-value');
            inputs[inputs.length - 1].focus();
        }
        add.addEventListener('click', addRow);
        return addRow;
    }

    function clearErrors(form) {
        var errors = form.querySelectorAll('.error[data-field]');
        for (var i = 0; i < errors.length; i++) {
            errors[i].textContent = '';
        }
        var invalid = form.querySelectorAll('[aria-invalid]');
        for (var j = 0; j < invalid.length; j++) {
            invalid[j].removeAttribute('aria-invalid');
        }
    }

    /** Puts each message under its field; returns the fields it could not place (shown in the page message). */
    function showErrors(form, errors) {
        clearErrors(form);
        var unplaced = [];
        Object.keys(errors || {}).forEach(function (name) {
            var slot = form.querySelector('.error[data-field="' + name + '"]');
            if (!slot) {
                unplaced.push(errors[name]);
                return;
            }
            slot.textContent = errors[name];
            var input = form.querySelector('[name="' + name + '"]');
            if (input) {
                input.setAttribute('aria-invalid', 'true');
            }
        });
        return unplaced;
    }

    /** An AUI message (success, error, info) in the container, replacing what was there. */
    function showMessage(container, kind, text, details) {
        container.textContent = '';
        var message = document.createElement('div');
        message.className = 'aui-message aui-message-' + kind;
        message.setAttribute('role', kind === 'error' ? 'alert' : 'status');
        var paragraph = document.createElement('p');
        paragraph.textContent = text;
        message.appendChild(paragraph);
        (details || []).forEach(function (detail) {
            var line = document.createElement('p');
            line.textContent = detail;
            message.appendChild(line);
        });
        container.appendChild(message);
    }

    /** Only the chosen connection's fields are shown; without the script all of them are. */
    function showConnection(form) {
        var chosen = form.querySelector('input[name="connection"]:checked');
        var kind = chosen ? chosen.value : 'none';
        var parts = form.querySelectorAll('[data-connection]');
        for (var i = 0; i < parts.length; i++) {
            parts[i].hidden = parts[i].getAttribute('data-connection') !== kind;
        }
    }

    function request(fetchImpl, method, url, body) {
        var options = {
            method: method,
            credentials: 'same-origin',
            headers: {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'}
        };
        if (body !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        }
        return fetchImpl(url, options).then(function (response) {
            return response.json().then(function (json) {
                return {status: response.status, json: json};
            }, function () {
                return {status: response.status, json: null};
            });
        });
    }

    /**
     * Saves {@code body} with a PUT to {@code url} for a form of the settings pages: each field's problem beside it,
     * the answer's message (or {@code failed}) in {@code messages}; nothing typed is cleared. Resolves to whether the
     * resource took it.
     */
    function saveForm(fetchImpl, form, url, body, messages, failed) {
        return request(fetchImpl, 'PUT', url, body).then(function (answer) {
            var unplaced = showErrors(form, (answer.json && answer.json.errors) || {});
            var ok = answer.status === 200;
            showMessage(messages, ok ? 'success' : 'error', (answer.json && answer.json.message) || failed, unplaced);
            return ok;
        }, function () {
            showMessage(messages, 'error', failed);
            return false;
        });
    }

    /** Fills a datalist with options; values and labels go in as text, never as markup. */
    function fillChoices(list, choices) {
        if (!list) {
            return;
        }
        list.textContent = '';
        choices.forEach(function (choice) {
            var option = document.createElement('option');
            option.value = choice.value;
            if (choice.label) {
                option.label = choice.label;
            }
            list.appendChild(option);
        });
    }

    /** Jira's projects, the project's issue types and the priorities, as suggestions for the form's fields. */
    function offerChoices(form, choices) {
        if (!choices) {
            return;
        }
        var named = function (name) {
            return {value: name};
        };
        fillChoices(form.querySelector('#pm-project-choices'), (choices.projects || []).map(function (project) {
            return {value: project.key, label: project.name};
        }));
        fillChoices(form.querySelector('#pm-issue-type-choices'), (choices.issueTypes || []).map(named));
        fillChoices(form.querySelector('#pm-priority-choices'), (choices.priorities || []).map(named));
    }

    /** What the page reflects after a save: the saved token state and the webhook address for Jira. */
    function showSaved(page, form, answer) {
        var token = form.querySelector('input[name="token"]');
        if (token) {
            token.value = '';
            token.placeholder = answer.tokenSaved ? form.getAttribute('data-text-token-saved') : '';
        }
        var lozenge = page.querySelector('.pm-admin__token-saved');
        if (lozenge) {
            lozenge.hidden = !answer.tokenSaved;
        }
        var url = page.querySelector('.pm-admin__webhook-url');
        if (url) {
            url.value = answer.webhookUrl || '';
        }
        var signedUrl = page.querySelector('.pm-admin__webhook-signed-url');
        if (signedUrl) {
            // The signed form is the same address without the secret in its query.
            signedUrl.value = (answer.webhookUrl || '').split('?')[0];
        }
        // The mappings as saved: project keys in capitals, lists as Jira will be asked for them.
        var incident = answer.incident || {};
        ['severityField', 'startField', 'detectField', 'endField', 'detectStatus', 'linkTypes', 'tokenProjects']
            .forEach(function (name) {
                var input = form.querySelector('[name="incident.' + name + '"]');
                if (input && typeof incident[name] === 'string') {
                    input.value = incident[name];
                }
            });
        var noSecret = page.querySelector('.pm-admin__no-secret');
        if (noSecret) {
            noSecret.hidden = Boolean(answer.webhookUrl);
        }
    }

    function init(page, fetchImpl) {
        var form = page.querySelector('#pm-admin-form');
        if (!form) {
            return null;
        }
        fetchImpl = fetchImpl || global.fetch.bind(global);
        var base = form.getAttribute('data-rest-url');
        var messages = page.querySelector('.pm-admin__message');
        var testResult = form.querySelector('.pm-admin__test-result');
        var text = function (name) {
            return form.getAttribute('data-text-' + name);
        };

        function save() {
            showMessage(messages, 'info', text('saving'));
            return request(fetchImpl, 'PUT', base + '/settings', formJson(form)).then(function (answer) {
                if (answer.status === 200 && answer.json) {
                    clearErrors(form);
                    showSaved(page, form, answer.json);
                    showMessage(messages, 'success', answer.json.message);
                    return true;
                }
                if (answer.json && answer.json.errors) {
                    showMessage(messages, 'error', answer.json.message, showErrors(form, answer.json.errors));
                } else {
                    showMessage(messages, 'error', (answer.json && answer.json.message) || text('failed'));
                }
                return false;
            }, function () {
                showMessage(messages, 'error', text('failed'));
                return false;
            });
        }

        /** Tests the form as typed, saving nothing; places each problem beside its field and offers Jira's choices. */
        function test() {
            showMessage(testResult, 'info', text('testing'));
            return request(fetchImpl, 'POST', base + '/connection-test', formJson(form)).then(function (answer) {
                var json = answer.json || {};
                var unplaced = showErrors(form, json.errors || {});
                var kind = json.ok ? 'success' : (json.connected ? 'warning' : 'error');
                showMessage(testResult, kind, json.message || text('failed'), json.connected ? json.problems : unplaced);
                offerChoices(form, json.choices);
                return Boolean(json.ok);
            }, function () {
                showMessage(testResult, 'error', text('failed'));
                return false;
            });
        }

        function generate() {
            return request(fetchImpl, 'POST', base + '/settings/webhook-secret').then(function (answer) {
                if (answer.status === 200 && answer.json && answer.json.secret) {
                    form.querySelector('input[name="webhookSecret"]').value = answer.json.secret;
                } else {
                    showMessage(messages, 'error', (answer.json && answer.json.message) || text('failed'));
                }
            });
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            save();
        });
        form.querySelector('.pm-admin__test-button').addEventListener('click', test);
        form.querySelector('.pm-admin__generate').addEventListener('click', generate);
        var radios = form.querySelectorAll('input[name="connection"]');
        for (var i = 0; i < radios.length; i++) {
            radios[i].addEventListener('change', function () {
                showConnection(form);
            });
        }
        showConnection(form);
        var addRow = initSeverityRows(form);
        var rebuild = initRebuild(page, fetchImpl, base + '/index-rebuild');
        return {save: save, test: test, generate: generate, rebuild: rebuild, addRow: addRow};
    }

    /** "Rebuild postmortem index": starts a rebuild (or joins the running one) and shows its progress until done. */
    function initRebuild(page, fetchImpl, url) {
        var section = page.querySelector('.pm-admin__rebuild');
        if (!section) {
            return null;
        }
        var failedText = section.getAttribute('data-text-unanswered');
        var line = section.querySelector('.pm-admin__rebuild-progress');
        var button = section.querySelector('.pm-admin__rebuild-button');
        var format = function (name, values) {
            return section.getAttribute('data-text-' + name).replace(/\{(\d)\}/g, function (all, i) {
                return String(values[Number(i)]);
            });
        };

        function show(progress) {
            var state = progress.state;
            button.disabled = state === 'RUNNING';
            if (state === 'RUNNING') {
                line.textContent = format('running', [progress.done, progress.total, progress.failed]);
            } else if (state === 'FINISHED') {
                line.textContent = format('finished', [progress.done, progress.failed,
                    new Date(progress.finishedAt).toLocaleString()]);
            } else if (state === 'FAILED') {
                line.textContent = format('failed', [progress.done]);
            } else {
                line.textContent = format('idle', []);
            }
        }

        function follow(answer) {
            if ((answer.status === 200 || answer.status === 202) && answer.json && answer.json.state) {
                show(answer.json);
                if (answer.json.state === 'RUNNING') {
                    global.setTimeout(function () {
                        request(fetchImpl, 'GET', url).then(follow, fail);
                    }, 2000);
                }
                return answer.json;
            }
            line.textContent = (answer.json && answer.json.message) || failedText;
            button.disabled = false;
            return null;
        }

        function fail() {
            line.textContent = failedText;
            button.disabled = false;
            return null;
        }

        function start() {
            button.disabled = true;
            return request(fetchImpl, 'POST', url).then(follow, fail);
        }

        button.addEventListener('click', start);
        return start;
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

    global.PostmortemsAdmin = {
        bindCopy: bindCopy,
        formJson: formJson,
        saveForm: saveForm,
        severityRows: severityRows,
        showErrors: showErrors,
        showMessage: showMessage,
        offerChoices: offerChoices,
        init: init
    };

    if (global.document && !global.PostmortemsAdminManualStart) {
        var start = function () {
            global.PostmortemsAdmin.page = init(global.document, global.PostmortemsAdminFetch);
            bindCopy(global.document);
        };
        if (global.document.readyState === 'loading') {
            global.document.addEventListener('DOMContentLoaded', start);
        } else {
            start();
        }
    }
}(window));
