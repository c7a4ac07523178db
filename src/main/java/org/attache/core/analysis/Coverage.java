package org.attache.core.analysis;

/**
 * What the dataset knows of one country at one assembly: it acted; a complete list of those who acted leaves it
 * out ("recorded: none"); nothing is recorded either way; or no session was held.
 */
public enum Coverage {
    ACTED, RECORDED_NONE, NOTHING_RECORDED, NO_SESSION
}
