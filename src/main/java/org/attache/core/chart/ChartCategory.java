package org.attache.core.chart;

/**
 * One place on the x axis: an assembly year, with a longer label for tooltips, and what is known there when it
 * carries no value: no session was held, nothing was recorded, or it is recorded that nothing was done.
 */
public record ChartCategory(String label, String longLabel, State state) {
    public enum State { VALUES, NO_SESSION, NOTHING_RECORDED, RECORDED_NONE }

    public ChartCategory {
        if (state == null) state = State.VALUES;
    }

    public boolean noSession() {
        return state == State.NO_SESSION;
    }
}
