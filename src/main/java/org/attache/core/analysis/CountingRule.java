package org.attache.core.analysis;

import org.attache.core.model.ActionKind;
import org.attache.core.model.ActorType;
import org.attache.core.model.Attribution;
import org.attache.core.model.Confidence;
import org.attache.core.model.Evidence;
import org.attache.core.model.SupportAction;

/**
 * The one rule for what counts as a country's action: its own acts and words, by its government or legislature,
 * whether on its own record or reported by Taiwan's government. Being named by others, a third party's
 * description, or a think tank or newspaper from the country is shown but never counted. Low-confidence records
 * are left out of counts and headline statements unless the user asks for them.
 */
public record CountingRule(boolean includeUnconfirmed) {
    public static final CountingRule STANDARD = new CountingRule(false);

    /** Whether the record is the actor's own act, whatever the confidence. */
    public static boolean isOwnAct(SupportAction a) {
        return a.kind() != ActionKind.MENTION && a.attribution() != Attribution.THIRD_PARTY
                && a.actorType() != ActorType.NON_GOVERNMENT;
    }

    /** Whether the action counts towards its country's totals, charts and summary. */
    public boolean counts(SupportAction a) {
        return isOwnAct(a) && usable(a.evidence());
    }

    /** Whether a record may stand in a headline place: key figures, the summary, talking points. */
    public boolean usable(Evidence e) {
        return includeUnconfirmed || e.confidence() != Confidence.LOW;
    }

    /** Whether a record is firm enough for a key figure: fully confirmed, or the user asked for everything. */
    public boolean firm(Evidence e) {
        return includeUnconfirmed || e.confidence() == Confidence.HIGH;
    }
}
