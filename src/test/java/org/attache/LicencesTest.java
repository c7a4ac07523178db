package org.attache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The installed app carries Attaché's own licence and the full licence texts of everything it ships
 * (installer/licences, copied into the app image by installer/build.sh): every jar of the runtime class path has
 * its texts named in installer/licences/index.txt, and every licence or notice file a jar carries is among them,
 * unchanged, so a new or upgraded dependency cannot ship without its licence.
 */
class LicencesTest {

    private static final Path LICENCES = Path.of("installer/licences");
    private static final Path INDEX = LICENCES.resolve("index.txt");
    /** The app's own jar, which carries src/main/resources. */
    private static final String APP = "attache";
    /** Written by maven-dependency-plugin (pom.xml) before the tests: the jars that go to target/lib. */
    private static final Path RUNTIME_CLASSPATH = Path.of("target/runtime-classpath.txt");
    /** artifact-version[-classifier].jar, the names of Maven's repository and of target/lib */
    private static final Pattern JAR = Pattern.compile("(.+?)-(\\d[^-]*)(?:-(.+))?\\.jar");
    /** the names authors give licence and notice files: LICENSE, NOTICE.txt, Schubfach-LICENSE, OFL.txt, MPL-2.0.txt */
    private static final Pattern LICENCE_FILE = Pattern.compile(
            "(?i)(?:[^.]*(?:licen[cs]e|notice|copying)[^.]*|(?:ofl|mpl|lgpl|gpl)(?:-[0-9.]*[0-9])?)(?:\\.(?:txt|md|html))?");

    @Test
    void attacheIsUnderTheApacheLicence2() throws IOException {
        Path licence = Path.of("LICENSE");
        assertTrue(Files.isRegularFile(licence), "LICENSE is missing at the top of the project");
        String text = Files.readString(licence, StandardCharsets.UTF_8);
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
        assertFalse(lines.isEmpty(), "LICENSE is empty");
        assertEquals("Apache License", lines.get(0), "LICENSE is not the Apache License");
        assertEquals("Version 2.0, January 2004", lines.get(1), "LICENSE is not the Apache License, Version 2.0");
        for (String part : List.of("TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION",
                "9. Accepting Warranty or Additional Liability.", "END OF TERMS AND CONDITIONS")) {
            assertTrue(text.contains(part), "LICENSE lacks \"" + part + "\": not the whole Apache License 2.0");
        }
        Path notice = Path.of("NOTICE");
        assertTrue(Files.isRegularFile(notice), "NOTICE is missing at the top of the project");
        assertTrue(Files.readString(notice, StandardCharsets.UTF_8).startsWith("Attaché\n"),
                "NOTICE does not start with the product's name");
    }

    @Test
    void everyShippedJarHasItsLicenceTexts() {
        Map<String, List<String>> index = index();
        List<String> problems = new ArrayList<>();
        for (String artifact : shippedJars().keySet()) {
            List<String> files = index.get(artifact);
            if (files == null) {
                problems.add(artifact + " ships but has no line in " + INDEX);
                continue;
            }
            for (String file : files) {
                Path text = LICENCES.resolve(file);
                if (!Files.isRegularFile(text) || size(text) == 0) {
                    problems.add(artifact + ": " + text + " is missing or empty");
                }
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void theLicenceTextsAJarCarriesAreAmongItsFilesUnchanged() {
        Map<String, List<String>> index = index();
        List<String> problems = new ArrayList<>();
        shippedJars().forEach((artifact, jars) -> {
            Set<String> ours = index.getOrDefault(artifact, List.of()).stream()
                    .map(file -> LICENCES.resolve(file))
                    .filter(Files::isRegularFile)
                    .map(LicencesTest::text)
                    .collect(Collectors.toSet());
            for (Path jar : jars) {
                carriedTexts(jar).forEach((name, text) -> {
                    if (!ours.contains(text)) {
                        problems.add(jar.getFileName() + "!" + name + " is not among the files index.txt names for "
                                + artifact + " (or it changed): copy it into " + LICENCES);
                    }
                });
            }
        });
        Path resources = Path.of("src/main/resources");
        Set<String> appTexts = index.getOrDefault(APP, List.of()).stream()
                .map(file -> text(LICENCES.resolve(file))).collect(Collectors.toSet());
        try (Stream<Path> files = Files.walk(resources)) {
            files.filter(Files::isRegularFile)
                    .filter(file -> LICENCE_FILE.matcher(file.getFileName().toString()).matches())
                    .filter(file -> !appTexts.contains(text(file)))
                    .forEach(file -> problems.add(file + " (in " + APP + ".jar) is not among the files index.txt "
                            + "names for " + APP + " (or it changed)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertNoProblems(problems);
    }

    @Test
    void theIndexNamesEveryTextAndOnlyShippedJars() throws IOException {
        Map<String, List<String>> index = index();
        Set<String> shipped = new TreeSet<>(shippedJars().keySet());
        shipped.add(APP);
        List<String> problems = new ArrayList<>();
        for (String artifact : index.keySet()) {
            if (!shipped.contains(artifact)) {
                problems.add(INDEX + " names " + artifact + ", which the app no longer ships");
            }
        }
        Set<String> named = index.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(LICENCES)) {
            files.map(file -> file.getFileName().toString())
                    .filter(name -> !name.equals("index.txt") && !named.contains(name))
                    .sorted()
                    .forEach(name -> problems.add(LICENCES.resolve(name) + " belongs to no jar in " + INDEX));
        }
        assertNoProblems(problems);
    }

    /** The jars installer/build.sh puts into the app, by artifact. */
    private static Map<String, List<Path>> shippedJars() {
        List<Path> jars;
        try {
            if (Files.isRegularFile(RUNTIME_CLASSPATH)) {
                String classPath = Files.readString(RUNTIME_CLASSPATH).strip();
                jars = Arrays.stream(classPath.split(Pattern.quote(File.pathSeparator)))
                        .filter(entry -> !entry.isBlank())
                        .map(Path::of)
                        .collect(Collectors.toList());
            } else if (Files.isDirectory(Path.of("target/lib"))) {
                try (Stream<Path> files = Files.list(Path.of("target/lib"))) {
                    jars = files.collect(Collectors.toList());
                }
            } else {
                fail("neither " + RUNTIME_CLASSPATH + " nor target/lib: run the tests with Maven (mvn test)");
                return Map.of();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<Path>> byArtifact = new TreeMap<>();
        for (Path jar : jars) {
            Matcher name = JAR.matcher(jar.getFileName().toString());
            assertTrue(name.matches(), "not a jar named artifact-version.jar: " + jar);
            String artifact = name.group(1);
            if (artifact.startsWith("javafx-") && name.group(3) == null) {
                continue;  // the unclassified JavaFX jars are empty, and build.sh leaves them out
            }
            byArtifact.computeIfAbsent(artifact, a -> new ArrayList<>()).add(jar);
        }
        assertFalse(byArtifact.isEmpty(), "no runtime jars found");
        return byArtifact;
    }

    /** The licence and notice files inside a jar, by entry name, with their texts. */
    private static Map<String, String> carriedTexts(Path jar) {
        Map<String, String> texts = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String simpleName = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (!entry.isDirectory() && LICENCE_FILE.matcher(simpleName).matches()) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        texts.put(entry.getName(), normalised(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
        return texts;
    }

    /** index.txt: "artifact: file file ...", with # comments. */
    private static Map<String, List<String>> index() {
        assertTrue(Files.isRegularFile(INDEX), INDEX + " is missing");
        Map<String, List<String>> index = new TreeMap<>();
        for (String line : text(INDEX).split("\n")) {
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            int colon = content.indexOf(':');
            assertTrue(colon > 0, INDEX + ": not \"artifact: file ...\": " + line);
            List<String> files = Arrays.asList(content.substring(colon + 1).strip().split("\\s+"));
            assertFalse(files.isEmpty() || files.get(0).isEmpty(), INDEX + ": no file for " + line);
            assertTrue(index.put(content.substring(0, colon).strip(), files) == null, INDEX + ": twice: " + line);
        }
        return index;
    }

    /** A text as read, with its line endings made \n: a few authors write \r\n. */
    private static String text(Path file) {
        try {
            return normalised(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String normalised(String text) {
        return text.replace("\r\n", "\n");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertNoProblems(List<String> problems) {
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
