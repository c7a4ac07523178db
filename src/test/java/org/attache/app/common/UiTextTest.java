package org.attache.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The app's words exist in both languages: every key of the English bundle has its Traditional Chinese text and the
 * other way round (the Chinese names of the core's values, enum.*, fall back to the core's English); both texts of a
 * key take the same arguments; every key the code asks for is there.
 */
class UiTextTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)");

    @AfterEach
    void english() {
        UiText.use(UiLanguage.ENGLISH);
    }

    @Test
    void everyKeyExistsInBothLanguagesWithTheSameArguments() throws IOException {
        Properties en = load("Ui.properties");
        Properties zh = load("Ui_zh_TW.properties");
        assertTrue(en.size() > 300, "the app's words are in the bundle: " + en.size());
        List<String> problems = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            if (!zh.containsKey(key)) problems.add("no Chinese for " + key);
            else if (!arguments(en.getProperty(key)).equals(arguments(zh.getProperty(key)))) {
                problems.add(key + " takes " + arguments(en.getProperty(key)) + " in English, "
                        + arguments(zh.getProperty(key)) + " in Chinese");
            }
        }
        for (String key : zh.stringPropertyNames()) {
            if (!en.containsKey(key) && !key.startsWith("enum.")) problems.add("no English for " + key);
        }
        for (Properties p : List.of(en, zh)) {
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                if (!arguments(text).isEmpty()) {
                    try {
                        new MessageFormat(text);
                    } catch (IllegalArgumentException e) {
                        problems.add(key + " is not a pattern: " + e.getMessage());
                    }
                    if (text.replace("''", "").contains("'")) problems.add(key + " has a single ' in a pattern: " + text);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyKeyTheCodeAsksForIsInTheBundle() throws IOException {
        Properties en = load("Ui.properties");
        Set<String> missing = new TreeSet<>();
        Pattern use = Pattern.compile("UiText\\.get\\(\\s*\"([^\"]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/attache/app"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = use.matcher(Files.readString(f));
                while (m.find()) if (!en.containsKey(m.group(1))) missing.add(f.getFileName() + ": " + m.group(1));
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void theChosenLanguageGivesItsWordsDatesAndNumbers() {
        String key = load0().stringPropertyNames().stream().filter(k -> !k.startsWith("enum.")).findFirst().orElseThrow();
        UiText.use(UiLanguage.TRADITIONAL_CHINESE);
        String chinese = UiText.get(key);
        assertEquals("2026年11月23日", UiText.date(LocalDate.of(2026, 11, 23)));
        assertEquals("1,234", UiText.number(1234));
        UiText.use(UiLanguage.ENGLISH);
        assertTrue(!UiText.get(key).equals(chinese) || chinese.chars().allMatch(c -> c < 128), key);
        assertEquals("Nov 23, 2026", UiText.date(LocalDate.of(2026, 11, 23)));
    }

    @Test
    void theSystemsLocaleChoosesTraditionalChineseOnlyForTaiwanHongKongMacauOrHant() {
        assertEquals(UiLanguage.TRADITIONAL_CHINESE, UiLanguage.of(Locale.TAIWAN));
        assertEquals(UiLanguage.TRADITIONAL_CHINESE, UiLanguage.of(Locale.forLanguageTag("zh-Hant")));
        assertEquals(UiLanguage.TRADITIONAL_CHINESE, UiLanguage.of(Locale.forLanguageTag("zh-HK")));
        assertEquals(UiLanguage.ENGLISH, UiLanguage.of(Locale.SIMPLIFIED_CHINESE));
        assertEquals(UiLanguage.ENGLISH, UiLanguage.of(Locale.forLanguageTag("zh-Hans-TW")));
        assertEquals(UiLanguage.ENGLISH, UiLanguage.of(Locale.FRANCE));
    }

    @Test
    void theUsersChoiceIsKeptAndBeatsTheSystemsLocale() {
        Settings settings = Settings.inMemory();
        String given = System.getProperty("attache.language");
        System.clearProperty("attache.language");
        try {
            UiLanguage.TRADITIONAL_CHINESE.save(settings);
            assertEquals(UiLanguage.TRADITIONAL_CHINESE, UiLanguage.chosen(settings));
            UiLanguage.ENGLISH.save(settings);
            assertEquals(UiLanguage.ENGLISH, UiLanguage.chosen(settings));
        } finally {
            if (given != null) System.setProperty("attache.language", given);
        }
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) found.add(m.group(1));
        return found;
    }

    private static Properties load0() {
        try {
            return load("Ui.properties");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = UiTextTest.class.getResourceAsStream("/org/attache/app/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
