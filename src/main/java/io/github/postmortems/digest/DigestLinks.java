package io.github.postmortems.digest;

/** Absolute addresses the digest links to: a mail is read outside Confluence. */
public interface DigestLinks {

    String page(long pageId);

    /** The page that stops the digest for this person, with a token proving the link was mailed to them. */
    String stop(String userKey);
}
