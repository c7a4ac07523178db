package org.attache.app.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the app remembers between runs: recent files, the window's place and size, split positions. Kept in the
 * platform's per-user preferences (never in the install folder); tests use one in memory.
 */
public interface Settings {
    String get(String key, String fallback);

    void put(String key, String value);

    default double getDouble(String key, double fallback) {
        try {
            return Double.parseDouble(get(key, Double.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    default void putDouble(String key, double value) {
        put(key, Double.toString(value));
    }

    /** A list kept as numbered entries. */
    default List<String> getList(String key) {
        List<String> values = new ArrayList<>();
        for (int i = 0; ; i++) {
            String v = get(key + "." + i, null);
            if (v == null) return values;
            values.add(v);
        }
    }

    default void putList(String key, List<String> values, int max) {
        for (int i = 0; i < max; i++) put(key + "." + i, i < values.size() ? values.get(i) : null);
    }

    /** The user's preferences for Attaché; in memory only when the system property attache.settings is "memory". */
    static Settings user() {
        if ("memory".equals(System.getProperty("attache.settings"))) return inMemory();
        Preferences node = Preferences.userRoot().node("org/attache");
        return new Settings() {
            @Override
            public String get(String key, String fallback) {
                return node.get(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                if (value == null) node.remove(key);
                else node.put(key, value);
                try {
                    node.flush();
                } catch (BackingStoreException e) {
                    // preferences are a convenience; the app works without them
                }
            }
        };
    }

    static Settings inMemory() {
        Map<String, String> map = new HashMap<>();
        return new Settings() {
            @Override
            public String get(String key, String fallback) {
                return map.getOrDefault(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                if (value == null) map.remove(key);
                else map.put(key, value);
            }
        };
    }
}
