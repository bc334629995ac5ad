package io.github.postmortems.confluence.blueprint;

import io.github.postmortems.postmortem.CreationLog;
import io.github.postmortems.postmortem.UserRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stores nothing yet (the index arrives with Active Objects); leaves a line in the log for each new postmortem. */
public class LoggingCreationLog implements CreationLog {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingCreationLog.class);

    @Override
    public void pageCreated(long pageId, UserRef creator) {
        LOG.info("Postmortem page {} created by {}", pageId, creator.fallbackText());
    }
}
