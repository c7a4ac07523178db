package org.attache.app.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;

/**
 * The look of the app: AtlantaFX's Primer theme, light or dark, under Attaché's one stylesheet; "system" follows
 * the desktop's choice where it can be read (GNOME's colour scheme or a dark GTK theme, macOS's appearance,
 * Windows' app mode), else light. Kept in the settings.
 */
public enum Theme {
    SYSTEM, LIGHT, DARK;

    static final String KEY = "theme";

    public static Theme saved(Settings settings) {
        try {
            return valueOf(settings.get(KEY, SYSTEM.name()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return SYSTEM;
        }
    }

    public void save(Settings settings) {
        settings.put(KEY, name().toLowerCase(Locale.ROOT));
    }

    public String label() {
        return switch (this) {
            case SYSTEM -> UiText.get("common.theme.system");
            case LIGHT -> UiText.get("common.theme.light");
            case DARK -> UiText.get("common.theme.dark");
        };
    }

    /** Sets the theme for every window; {@code systemDark} is what the desktop prefers, when known. */
    public void apply(boolean systemDark) {
        boolean dark = this == DARK || (this == SYSTEM && systemDark);
        Application.setUserAgentStylesheet(dark ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    }

    /**
     * Applies this theme now; "system" sets light at once and turns dark as soon as the desktop is found to prefer
     * it (asking takes a moment, off the FX thread), unless the user has chosen otherwise by then.
     */
    public void applyFollowing(Settings settings) {
        apply(false);
        if (this != SYSTEM) return;
        CompletableFuture.supplyAsync(Theme::systemPrefersDark).thenAccept(dark -> {
            if (dark) Platform.runLater(() -> {
                if (saved(settings) == SYSTEM) apply(true);
            });
        });
    }

    /** Whether the desktop asks for dark windows, asked of the system; false when it cannot be told. Slow: off the FX thread. */
    public static boolean systemPrefersDark() {
        String gtk = System.getenv("GTK_THEME");
        if (gtk != null && gtk.toLowerCase(Locale.ROOT).contains("dark")) return true;
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) return ask(List.of("defaults", "read", "-g", "AppleInterfaceStyle")).contains("Dark");
        if (os.contains("win")) {
            String mode = ask(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme"));
            return mode.contains("0x0");
        }
        String scheme = ask(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme.contains("dark")) return true;
        return ask(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme")).toLowerCase(Locale.ROOT).contains("dark");
    }

    /** What a small system command prints, or "" when it is missing, fails or takes more than a second. */
    private static String ask(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            if (!p.waitFor(1, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "";
            }
            try (InputStream in = p.getInputStream()) {
                return p.exitValue() == 0 ? new String(in.readNBytes(4096), StandardCharsets.UTF_8) : "";
            }
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
