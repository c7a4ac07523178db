package org.attache.app.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows values in choosers by a label for people; the choosers are never typed into. */
public final class Labels {
    private Labels() {
    }

    public static <T> StringConverter<T> of(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
