package com.atlassian.confluence.macro;

/** Host type (reference §1.2): a checked exception. */
public class MacroExecutionException extends Exception {

    public MacroExecutionException() {
    }

    public MacroExecutionException(String message) {
        super(message);
    }

    public MacroExecutionException(String message, Throwable cause) {
        super(message, cause);
    }

    public MacroExecutionException(Throwable cause) {
        super(cause);
    }
}
