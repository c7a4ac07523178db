package org.attache.app.trust;

import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.attache.app.common.UiText;
import org.attache.core.sign.SigningFileProblem;
import org.attache.core.sign.TrustedKey;
import org.attache.core.sign.TrustedKeys;

/**
 * The signing keys whose signatures Attaché believes: those bundled with it (headquarters'), which cannot be removed,
 * and those the user added from a public key file ({@code .pub}), kept in the user's folder. After each change the
 * open dataset's signature is checked again ({@code onChanged}).
 */
public final class TrustedKeysViewModel {
    /** One key as the list shows it. */
    public record Row(TrustedKey key, boolean bundled) {
        @Override
        public String toString() {
            return UiText.get(bundled ? "trust.row.bundled" : "trust.row.added", key.signer(), key.keyId());
        }
    }

    private final TrustedKeys keys;
    private final Runnable onChanged;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public TrustedKeysViewModel(TrustedKeys keys, Runnable onChanged) {
        this.keys = keys;
        this.onChanged = onChanged;
        refresh();
    }

    public ObservableList<Row> rows() { return rows; }

    /** What the last action did, or why it could not: "Now trusted: …", "… is not a public key: …". */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** Trusts the key in {@code file} from now on; a file that is not a public key is refused with the reason. */
    public void add(Path file) {
        try {
            TrustedKey key = keys.add(file);
            message.set(UiText.get("trust.added", key.signer(), key.keyId()));
            refresh();
            onChanged.run();
        } catch (SigningFileProblem e) {
            message.set(UiText.get("trust.notAKey", String.valueOf(file.getFileName()), e.getMessage()));
        } catch (IOException e) {
            message.set(UiText.get("trust.notSaved", e.getMessage()));
        }
    }

    /** Stops trusting an added key; a bundled one stays. */
    public void remove(Row row) {
        if (row == null || row.bundled()) return;
        try {
            keys.remove(row.key().keyId());
            message.set(UiText.get("trust.removed", row.key().signer(), row.key().keyId()));
            refresh();
            onChanged.run();
        } catch (IOException e) {
            message.set(UiText.get("trust.notSaved", e.getMessage()));
        }
    }

    private void refresh() {
        rows.clear();
        keys.bundled().forEach(k -> rows.add(new Row(k, true)));
        keys.added().forEach(k -> rows.add(new Row(k, false)));
        if (!keys.unreadable().isEmpty()) message.set(UiText.get("trust.unreadable", String.join("; ", keys.unreadable())));
    }
}
