package org.attache.core.model;

/** An enumeration whose constants are written in the dataset as lower-case words. */
public interface JsonEnum {
    /** The spelling used in the dataset file. */
    String json();

    /** A label for people: "executive-statement" reads "Executive statement". */
    default String label() {
        String words = json().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Finds the constant spelled {@code text}, or null. */
    static <E extends Enum<E> & JsonEnum> E fromJson(Class<E> type, String text) {
        for (E e : type.getEnumConstants()) {
            if (e.json().equals(text)) return e;
        }
        return null;
    }

    /** The allowed spellings, for error messages: "a, b or c". */
    static <E extends Enum<E> & JsonEnum> String allowed(Class<E> type) {
        E[] all = type.getEnumConstants();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < all.length; i++) {
            if (i > 0) sb.append(i == all.length - 1 ? " or " : ", ");
            sb.append(all[i].json());
        }
        return sb.toString();
    }

    static String kebab(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
