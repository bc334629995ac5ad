package com.atlassian.sal.api;

/** Host type (reference §5.1): an enum. */
public enum UrlMode { CANONICAL, ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, AUTO }
