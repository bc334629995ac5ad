package io.github.postmortems.confluence.admin;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;

import javax.servlet.http.HttpServletRequest;

/**
 * Who may change the Jira settings: Confluence administrators and system administrators. Checked in code on every
 * request, whatever the host's endpoint annotations do.
 */
public class AdminAccess {

    public enum Verdict { ANONYMOUS, NOT_ADMIN, ADMIN }

    private final UserManager users;

    public AdminAccess(UserManager users) {
        this.users = users;
    }

    /** For a servlet request. */
    public Verdict of(HttpServletRequest request) {
        return verdict(users.getRemoteUserKey(request));
    }

    /** For the user of the current request (REST resources). */
    public Verdict current() {
        return verdict(users.getRemoteUserKey());
    }

    private Verdict verdict(UserKey user) {
        if (user == null) {
            return Verdict.ANONYMOUS;
        }
        return users.isSystemAdmin(user) || users.isAdmin(user) ? Verdict.ADMIN : Verdict.NOT_ADMIN;
    }
}
