package org.attache.app.pack;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.attache.app.common.Settings;
import org.attache.core.export.ExportOptions;
import org.attache.core.pack.Classification;
import org.attache.core.pack.Recipient;
import org.attache.core.pdf.Protection;

/**
 * How the next copy is handed out: to whom (the recipient's name and copy number, stamped across its pages), locked
 * with a password and which permissions, archival or not; and the markings offered, the standard ones and those the
 * user wrote before (kept in the settings). The password lives only here, for this session, never in a file.
 */
public final class HandOutViewModel {
    static final String CUSTOM_MARKINGS = "pack.customMarkings";
    private static final int KEPT_MARKINGS = 8;

    private final StringProperty recipient = new SimpleStringProperty("");
    private final IntegerProperty copy = new SimpleIntegerProperty(1);
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty printing = new SimpleBooleanProperty(true);
    private final BooleanProperty copying = new SimpleBooleanProperty(true);
    private final BooleanProperty archival = new SimpleBooleanProperty(true);
    private final ObservableList<String> markings = FXCollections.observableArrayList();
    private final Settings settings;

    public HandOutViewModel(Settings settings) {
        this.settings = settings;
        markings.setAll(Classification.PRESETS);
        for (String m : settings.getList(CUSTOM_MARKINGS)) if (!markings.contains(m)) markings.add(m);
    }

    public StringProperty recipientProperty() { return recipient; }
    public IntegerProperty copyProperty() { return copy; }
    public StringProperty passwordProperty() { return password; }
    public BooleanProperty printingProperty() { return printing; }
    public BooleanProperty copyingProperty() { return copying; }
    public BooleanProperty archivalProperty() { return archival; }
    public ObservableList<String> markings() { return markings; }

    /** The recipients' names, one a line, blank lines left out. */
    public List<String> names() {
        String text = recipient.get() == null ? "" : recipient.get();
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Whether the next export is a copy for each of several recipients, into a folder. */
    public boolean forSeveral() {
        return names().size() > 1;
    }

    /** The options of the next copy (for the first recipient, if any); a blank password leaves the lock out. */
    public ExportOptions options() {
        return copies().get(0);
    }

    /** The options of each copy: one per recipient, numbered from the copy number, or one unstamped copy. */
    public List<ExportOptions> copies() {
        String secret = password.get() == null ? "" : password.get();
        ExportOptions base = new ExportOptions(null,
                secret.isEmpty() ? null : new Protection(secret, printing.get(), copying.get()), archival.get());
        List<String> names = names();
        if (names.isEmpty()) return List.of(base);
        List<ExportOptions> copies = new ArrayList<>();
        int first = Math.max(1, copy.get());
        for (int i = 0; i < names.size(); i++) copies.add(base.withRecipient(new Recipient(names.get(i), first + i)));
        return copies;
    }

    /** What stops the next copies being written as set, in words for the user; empty when nothing does. */
    public String refusal() {
        try {
            copies();
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Keeps a marking the user wrote, so that it is offered again, the latest first after the standard ones. */
    public void remember(String marking) {
        String m = Classification.normalise(marking);
        if (Classification.PRESETS.contains(m)) return;
        List<String> kept = new ArrayList<>(settings.getList(CUSTOM_MARKINGS));
        kept.remove(m);
        kept.add(0, m);
        if (kept.size() > KEPT_MARKINGS) kept = kept.subList(0, KEPT_MARKINGS);
        settings.putList(CUSTOM_MARKINGS, kept, KEPT_MARKINGS);
        markings.setAll(Classification.PRESETS);
        markings.addAll(kept);
    }
}
