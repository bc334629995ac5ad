/*
 * "Verify" and "Won't do" on the countermeasures board (issue 16). A row's button opens the board's small dialog,
 * titled for the choice, with one note field; "Save to the page" posts {state, note} as JSON to the row's REST
 * resource, which writes the choice into the row's Status cell in a new page version; the page then loads again to
 * show it. A refusal (not an editor, the note missing or too long, the row changed) is shown in the dialog in the
 * server's words, in the reader's language; nothing is written then. The dialog's texts come from the board.
 */
(function () {
    'use strict';

    var HEADERS = {'X-Atlassian-Token': 'no-check', 'Accept': 'application/json', 'Content-Type': 'application/json'};
    var opener = null;

    function dialogOf(button) {
        var board = button.closest('.pm-countermeasures');
        return board ? board.querySelector('.pm-state-dialog') : null;
    }

    function open(button) {
        var dialog = dialogOf(button);
        if (!dialog || typeof dialog.showModal !== 'function') {
            return;
        }
        var state = button.getAttribute('data-state');
        opener = button;
        dialog.setAttribute('data-url', button.getAttribute('data-url'));
        dialog.setAttribute('data-state', state);
        dialog.setAttribute('aria-label', dialog.getAttribute('data-' + state + '-title') || '');
        dialog.querySelector('.pm-state-dialog__title').textContent = dialog.getAttribute('data-' + state + '-title');
        dialog.querySelector('.pm-state-dialog__prompt').textContent = dialog.getAttribute('data-' + state + '-prompt');
        dialog.querySelector('.pm-state-dialog__error').textContent = '';
        var note = dialog.querySelector('.pm-state-dialog__note');
        note.value = '';
        dialog.showModal();
        note.focus();
    }

    function close(dialog) {
        dialog.close();
        if (opener) {
            opener.focus();
        }
    }

    function save(dialog) {
        var confirm = dialog.querySelector('.pm-state-dialog__confirm');
        var error = dialog.querySelector('.pm-state-dialog__error');
        confirm.disabled = true;
        confirm.setAttribute('aria-busy', 'true');
        error.textContent = '';
        fetch(dialog.getAttribute('data-url'), {
            method: 'POST',
            headers: HEADERS,
            credentials: 'same-origin',
            body: JSON.stringify({
                state: dialog.getAttribute('data-state'),
                note: dialog.querySelector('.pm-state-dialog__note').value
            })
        }).then(function (response) {
            return response.json().catch(function () {
                return {};
            }).then(function (answer) {
                if (!response.ok) {
                    throw new Error(answer.message || String(response.status));
                }
                window.location.reload();
            });
        }).catch(function (failure) {
            error.textContent = failure.message;
            confirm.disabled = false;
            confirm.removeAttribute('aria-busy');
        });
    }

    document.addEventListener('click', function (event) {
        var target = event.target;
        if (!target || !target.closest) {
            return;
        }
        var button = target.closest('.pm-cm__state-action');
        if (button && !button.disabled) {
            event.preventDefault();
            open(button);
            return;
        }
        var confirm = target.closest('.pm-state-dialog__confirm');
        if (confirm && !confirm.disabled) {
            event.preventDefault();
            save(confirm.closest('.pm-state-dialog'));
            return;
        }
        var cancel = target.closest('.pm-state-dialog__cancel');
        if (cancel) {
            event.preventDefault();
            close(cancel.closest('.pm-state-dialog'));
        }
    });

    // Escape closes a <dialog> by itself ("cancel"); the focus goes back to the row's button.
    document.addEventListener('cancel', function (event) {
        var dialog = event.target;
        if (dialog && dialog.classList && dialog.classList.contains('pm-state-dialog')) {
            event.preventDefault();
            close(dialog);
        }
    }, true);
}());
