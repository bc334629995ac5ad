package io.github.postmortems.digest;

/** Who stopped the digest for themselves, by user key. Everyone receives it until they stop it. */
public interface DigestOptOuts {

    boolean stopped(String userKey);

    void stop(String userKey);

    void resume(String userKey);
}
