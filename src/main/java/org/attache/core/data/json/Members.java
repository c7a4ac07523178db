package org.attache.core.data.json;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The members of a JSON object in the order written: two arrays searched in turn. Records hold a dozen fields at
 * most, for which this is as fast as hashing and a third of the memory, and a large file holds many records. An
 * object with more members than {@value #INDEXED_FROM} also gets a hash index, so that a hostile object of a million
 * members is read in linear time, not quadratic.
 */
final class Members extends AbstractMap<String, JsonValue> {
    private String[] names = new String[8];
    private JsonValue[] values = new JsonValue[8];
    private int size;
    static final int INDEXED_FROM = 16;
    private java.util.HashMap<String, Integer> index;

    @Override
    public int size() {
        return size;
    }

    private int indexOf(Object name) {
        if (index != null) {
            Integer i = index.get(name);
            return i == null ? -1 : i;
        }
        for (int i = 0; i < size; i++) if (names[i].equals(name)) return i;
        return -1;
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public JsonValue get(Object name) {
        int i = indexOf(name);
        return i < 0 ? null : values[i];
    }

    @Override
    public JsonValue put(String name, JsonValue value) {
        int i = indexOf(name);
        if (i >= 0) {
            JsonValue old = values[i];
            values[i] = value;
            return old;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size] = value;
        if (index != null) {
            index.put(name, size);
        } else if (size + 1 > INDEXED_FROM) {
            index = new java.util.HashMap<>(size * 4);
            for (int k = 0; k <= size; k++) index.put(names[k], k);
        }
        size++;
        return null;
    }

    @Override
    public Set<Entry<String, JsonValue>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<String, JsonValue>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, JsonValue> next() {
                        if (next >= size) throw new NoSuchElementException();
                        int i = next++;
                        return new SimpleImmutableEntry<>(names[i], values[i]);
                    }
                };
            }
        };
    }
}
