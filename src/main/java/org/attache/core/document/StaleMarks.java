package org.attache.core.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.attache.core.analysis.StaleFacts;
import org.attache.core.model.Assembly;
import org.attache.core.model.Fact;
import org.attache.core.model.Source;

/** What a pack that flags stale facts adds: a line by a silent country's record, an old source's age, a replaced figure. */
final class StaleMarks {
    private final BriefContext ctx;
    private final StaleFacts stale;

    /** Marks as of the day the pack is prepared; none when the pack does not ask for them. */
    StaleMarks(BriefContext ctx, LocalDate prepared) {
        this.ctx = ctx;
        this.stale = ctx.pack().flagStale() ? new StaleFacts(ctx.dataset(), prepared, ctx.pack().staleSourceAge()) : null;
    }

    /** "Last recorded act: 2019; none at the last two General Assemblies (2024, 2025)." beside the country's record. */
    List<Block> countryLine() {
        // a country with no record at all already has the record section's own notice
        if (stale == null || !ctx.timeline().hasRecords()) return List.of();
        return stale.quiet(ctx.country()).<List<Block>>map(q -> {
            String missed = String.join(ctx.get("punct.comma"),
                    q.missed().stream().map(Assembly::year).map(String::valueOf).toList());
            String line = q.lastYear() == null ? ctx.get("stale.noAction", missed)
                    : ctx.get("stale.lastRecorded", String.valueOf(q.lastYear()), missed);
            return List.of(Paragraph.styled(line, TextStyle.SMALL));
        }).orElse(List.of());
    }

    /** " (since replaced by “Among the safest places in the world”, 2025)" after a replaced figure; else nothing. */
    String replaced(Fact fact) {
        if (stale == null) return "";
        Optional<Fact> newer = stale.replacement(fact);
        return newer.map(n -> ctx.get("stale.replaced", ctx.text("facts", n.id(), "title", n.title()),
                n.date().toString())).orElse("");
    }

    /** " (2017 — older than 5 years)" after an old source's citation; else nothing. */
    String sourceAge(Source source) {
        if (stale == null || !stale.isOld(source)) return "";
        return ctx.get("stale.source", String.valueOf(source.date().year()), stale.sourceAge());
    }
}
