package org.attache.core.pack;

import java.util.ArrayList;
import java.util.List;
import org.attache.core.analysis.StaleFacts;

/**
 * A briefing pack: for which country and meeting, which sections in which order, the user's notes, marking,
 * paper and language, the cover's document control, and whether paragraphs are numbered for reference in a meeting.
 * {@code flagStale} marks what may be out of date: a silent country, a source older than {@code staleSourceAge}
 * years, a replaced figure.
 * It names the dataset it was built from; the facts themselves stay in the dataset.
 */
public record Pack(String country, Meeting meeting, Template template, List<PackSection> sections, String notes,
                   String classification, PaperSize paper, BriefLanguage language, DatasetRef dataset,
                   DocumentControl control, boolean numbered, boolean flagStale, int staleSourceAge) {
    public static final int FORMAT_VERSION = 1;
    public static final String FILE_SUFFIX = ".attache.json";
    /** The oldest a source may be chosen to be before it is flagged, in years. */
    public static final int MOST_STALE_SOURCE_AGE = 100;

    public Pack {
        if (country == null || country.isBlank()) throw new IllegalArgumentException("a pack needs a country");
        if (meeting == null) meeting = Meeting.EMPTY;
        if (template == null) template = Template.MINISTERIAL;
        sections = List.copyOf(sections == null ? template.sections() : sections);
        notes = notes == null ? "" : notes.strip();
        classification = Classification.normalise(classification);
        if (paper == null) paper = PaperSize.A4;
        if (language == null) language = BriefLanguage.ENGLISH;
        if (control == null) control = DocumentControl.EMPTY;
        if (staleSourceAge == 0) staleSourceAge = StaleFacts.DEFAULT_SOURCE_AGE;
        if (staleSourceAge < 1 || staleSourceAge > MOST_STALE_SOURCE_AGE) {
            throw new IllegalArgumentException("a source is flagged as old after 1 to " + MOST_STALE_SOURCE_AGE
                    + " years, not " + staleSourceAge);
        }
    }

    /** A pack that flags nothing as stale. */
    public Pack(String country, Meeting meeting, Template template, List<PackSection> sections, String notes,
                String classification, PaperSize paper, BriefLanguage language, DatasetRef dataset,
                DocumentControl control, boolean numbered) {
        this(country, meeting, template, sections, notes, classification, paper, language, dataset, control, numbered, false,
                StaleFacts.DEFAULT_SOURCE_AGE);
    }

    /** A new pack for a country from a template, everything else at its default. */
    public static Pack of(String country, Template template) {
        return new Pack(country, Meeting.EMPTY, template, template.sections(), "", Classification.UNCLASSIFIED,
                PaperSize.A4, BriefLanguage.ENGLISH, null, DocumentControl.EMPTY, false);
    }

    /** The sections that will be printed, in order. */
    public List<PackSection> includedSections() {
        return sections.stream().filter(PackSection::included).toList();
    }

    public Pack withCountry(String code) { return new Pack(code, meeting, template, sections, notes, classification, paper, language, dataset, control, numbered, flagStale, staleSourceAge); }
    public Pack withMeeting(Meeting m) { return new Pack(country, m, template, sections, notes, classification, paper, language, dataset, control, numbered, flagStale, staleSourceAge); }
    public Pack withSections(List<PackSection> s) { return new Pack(country, meeting, template, s, notes, classification, paper, language, dataset, control, numbered, flagStale, staleSourceAge); }
    public Pack withNotes(String n) { return new Pack(country, meeting, template, sections, n, classification, paper, language, dataset, control, numbered, flagStale, staleSourceAge); }
    public Pack withClassification(String c) { return new Pack(country, meeting, template, sections, notes, c, paper, language, dataset, control, numbered, flagStale, staleSourceAge); }
    public Pack withPaper(PaperSize p) { return new Pack(country, meeting, template, sections, notes, classification, p, language, dataset, control, numbered, flagStale, staleSourceAge); }
    public Pack withDataset(DatasetRef d) { return new Pack(country, meeting, template, sections, notes, classification, paper, language, d, control, numbered, flagStale, staleSourceAge); }
    public Pack withControl(DocumentControl c) { return new Pack(country, meeting, template, sections, notes, classification, paper, language, dataset, c, numbered, flagStale, staleSourceAge); }
    public Pack withNumbered(boolean n) { return new Pack(country, meeting, template, sections, notes, classification, paper, language, dataset, control, n, flagStale, staleSourceAge); }
    public Pack withFlagStale(boolean f) { return new Pack(country, meeting, template, sections, notes, classification, paper, language, dataset, control, numbered, f, staleSourceAge); }
    public Pack withStaleSourceAge(int years) { return new Pack(country, meeting, template, sections, notes, classification, paper, language, dataset, control, numbered, flagStale, years); }
    public Pack withLanguage(BriefLanguage l) { return new Pack(country, meeting, template, sections, notes, classification, paper, l, dataset, control, numbered, flagStale, staleSourceAge); }

    /** Switches template: its sections replace the current ones, keeping notes and options already written. */
    public Pack withTemplate(Template t) {
        List<PackSection> next = new ArrayList<>();
        for (PackSection fresh : t.sections()) {
            PackSection old = section(fresh.kind());
            next.add(old == null ? fresh : new PackSection(fresh.kind(), fresh.included(), old.notes(), old.options()));
        }
        return new Pack(country, meeting, t, next, notes, classification, paper, language, dataset, control, numbered, flagStale,
                staleSourceAge);
    }

    public PackSection section(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst().orElse(null);
    }

    /** Moves the section at {@code from} to {@code to}, shifting the ones between. */
    public Pack withSectionMoved(int from, int to) {
        List<PackSection> list = new ArrayList<>(sections);
        list.add(to, list.remove(from));
        return withSections(list);
    }

    public Pack withSectionReplaced(int index, PackSection section) {
        List<PackSection> list = new ArrayList<>(sections);
        list.set(index, section);
        return withSections(list);
    }
}
