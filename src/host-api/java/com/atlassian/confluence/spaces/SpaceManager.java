package com.atlassian.confluence.spaces;

/**
 * Host type (an interface). getSpace(String) returns null for an unknown key: verified in public plugin sources
 * ("Space space = this.spaceManager.getSpace(spaceKey); if (space != null) ...", find_string on GitHub code).
 */
public interface SpaceManager {

    Space getSpace(String spaceKey);
}
