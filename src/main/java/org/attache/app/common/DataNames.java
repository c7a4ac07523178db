package org.attache.app.common;

import org.attache.core.model.Assembly;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;
import org.attache.core.model.Translations;

/**
 * Names from the dataset in the app's language: the dataset's Traditional Chinese when the app speaks Chinese and
 * the dataset gives one, else the English the dataset is written in.
 */
public final class DataNames {
    private DataNames() {
    }

    /** The dataset's title in the app's language. */
    public static String title(Dataset dataset) {
        return text(dataset, Translations.DATASET, Translations.DATASET, "title", dataset.title());
    }

    /** "拉脫維亞" in a Chinese app whose dataset names it so; else "Latvia". */
    public static String country(Dataset dataset, Country c) {
        return text(dataset, "countries", c.code(), "name", c.name());
    }

    /** A measure's label ("表達支持的國家") or unit ("國") in the app's language, by the measure's id. */
    public static String measure(Dataset dataset, String measureId, String field, String english) {
        return text(dataset, "measures", measureId, field, english);
    }

    /** The city an Assembly met in, in the app's language ("格拉斯哥"); null when it has none. */
    public static String city(Dataset dataset, Assembly a) {
        return a.city() == null ? null : text(dataset, "assemblies", a.id(), "city", a.city());
    }

    private static String text(Dataset dataset, String list, String id, String field, String english) {
        if (dataset == null || UiText.language() != UiLanguage.TRADITIONAL_CHINESE) return english;
        String given = dataset.translations().text(Translations.TRADITIONAL_CHINESE, list, id, field);
        return given == null ? english : given;
    }

    /**
     * A country as a chooser lists it, findable by either name: "拉脫維亞 Latvia" in a Chinese app, "Latvia" in
     * an English one.
     */
    public static String countryChoice(Dataset dataset, Country c) {
        String shown = country(dataset, c);
        return shown.equals(c.name()) ? shown : shown + " " + c.name();
    }
}
