/*
 * "Create Jira issues" on the countermeasures macro: asks the plugin's REST resource which rows need an issue,
 * creates them one request at a time (so the button shows progress and each row its result), then writes all new
 * keys into the page in one version. "Check Jira issues" beside it reads the typed keys as the user who presses it.
 * Texts come through AJS.I18n (the jsI18n transformer fills them in).
 */
(function () {
    'use strict';

    var HEADERS = {'X-Atlassian-Token': 'no-check', 'Accept': 'application/json', 'Content-Type': 'application/json'};

    function text(key) {
        var args = Array.prototype.slice.call(arguments);
        return window.AJS && AJS.I18n ? AJS.I18n.getText.apply(AJS.I18n, args) : key;
    }

    function call(method, url) {
        return fetch(url, {method: method, headers: HEADERS, credentials: 'same-origin'}).then(function (response) {
            return response.json().catch(function () {
                return {};
            }).then(function (body) {
                if (!response.ok) {
                    var failure = new Error(body.message || text('postmortems.countermeasures.create.failed-request',
                        response.status));
                    failure.status = response.status;
                    throw failure;
                }
                return body;
            });
        });
    }

    function showOnRow(board, outcome) {
        var row = board.querySelector('tr[data-row-id="' + outcome.rowId + '"] .pm-cm__result');
        if (!row) {
            return;
        }
        row.textContent = [outcome.message].concat(outcome.notes || []).join(' ');
        row.className = 'pm-cm__result ' + (outcome.tracked ? 'pm-cm__result--created' : 'pm-cm__result--failed');
    }

    function run(button) {
        var board = button.closest('.pm-countermeasures');
        var progress = board.querySelector('.pm-create-progress');
        var url = button.getAttribute('data-url');
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        progress.textContent = text('postmortems.countermeasures.create.preparing');

        return call('GET', url).then(function (plan) {
            var todo = plan.rows.filter(function (row) {
                return !row.key;
            });
            var created = 0;
            var failed = 0;
            return todo.reduce(function (previous, row, index) {
                return previous.then(function () {
                    progress.textContent = text('postmortems.countermeasures.create.progress', index + 1, todo.length);
                    return call('POST', url + '/' + encodeURIComponent(row.rowId)).then(function (outcome) {
                        showOnRow(board, outcome);
                        if (outcome.tracked) {
                            created++;
                        } else {
                            failed++;
                        }
                    });
                });
            }, Promise.resolve()).then(function () {
                return call('POST', url + '/write-back');
            }).then(function () {
                progress.textContent = failed === 0
                    ? text('postmortems.countermeasures.create.done', created)
                    : text('postmortems.countermeasures.create.partly', created, failed);
                if (created > 0) {
                    var reload = document.createElement('a');
                    reload.href = window.location.href;
                    reload.className = 'pm-create-reload';
                    reload.textContent = text('postmortems.countermeasures.create.reload');
                    progress.appendChild(document.createTextNode(' '));
                    progress.appendChild(reload);
                }
            });
        }).catch(function (failure) {
            progress.textContent = failure.message || text('postmortems.countermeasures.create.failed-network');
        }).then(function () {
            button.disabled = false;
            button.removeAttribute('aria-busy');
        });
    }

    /** "Check Jira issues": one request; the server reads the typed keys as this user and says what it found. */
    function check(button) {
        var board = button.closest('.pm-countermeasures');
        var progress = board.querySelector('.pm-create-progress');
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        progress.textContent = text('postmortems.countermeasures.check.checking');
        return call('POST', button.getAttribute('data-url')).then(function (answer) {
            progress.textContent = answer.message || '';
            if (answer.read && answer.read.length > 0) {
                var reload = document.createElement('a');
                reload.href = window.location.href;
                reload.className = 'pm-create-reload';
                reload.textContent = text('postmortems.countermeasures.create.reload');
                progress.appendChild(document.createTextNode(' '));
                progress.appendChild(reload);
            }
        }).catch(function (failure) {
            progress.textContent = failure.message || text('postmortems.countermeasures.create.failed-network');
        }).then(function () {
            button.disabled = false;
            button.removeAttribute('aria-busy');
        });
    }

    document.addEventListener('click', function (event) {
        var closest = event.target && event.target.closest ? event.target.closest.bind(event.target) : null;
        var button = closest ? closest('.pm-create-issues') : null;
        var checkButton = closest ? closest('.pm-check-issues') : null;
        if (button && !button.disabled) {
            event.preventDefault();
            run(button);
        } else if (checkButton && !checkButton.disabled) {
            event.preventDefault();
            check(checkButton);
        }
    });
}());
