package com.atlassian.confluence.core;

/**
 * Host type (an interface): the edit saveNewVersion applies to the current version. The bound is the real one
 * (host-signatures confluence.tsv: {@code Modification<T extends ContentEntityObject>}, {@code modify(T)} erased to
 * {@code modify(ContentEntityObject)}): without it our lambdas compile to {@code modify(Object)}, which the host never
 * calls (AbstractMethodError).
 */
public interface Modification<T extends ContentEntityObject> {

    void modify(T content);
}
