package io.loosen.system;

import java.nio.file.Path;
import java.util.Map;

/**
 * The process environment Loosen reads, as a value, so tests can hand in their own folders instead of
 * touching the real home directory.
 */
public record Environment(Map<String, String> variables, Path home) {

    public static Environment system() {
        // $HOME wins over Java's user.home, which comes from the password database and ignores it.
        String home = System.getenv("HOME");
        return new Environment(System.getenv(), home != null && Path.of(home).isAbsolute()
                ? Path.of(home) : Path.of(System.getProperty("user.home")));
    }

    public static Environment of(Path home, Map<String, String> variables) {
        return new Environment(Map.copyOf(variables), home);
    }

    public String get(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    /** The variable, or {@code fallback} when it is unset or blank. */
    public String getOrDefault(String name, String fallback) {
        String value = get(name);
        return value == null ? fallback : value;
    }

    /** {@code $XDG_CONFIG_HOME/loosen}, by default {@code ~/.config/loosen}. */
    public Path configDir() {
        return xdg("XDG_CONFIG_HOME", ".config").resolve("loosen");
    }

    /** {@code $XDG_DATA_HOME/loosen}, by default {@code ~/.local/share/loosen}. */
    public Path dataDir() {
        return xdg("XDG_DATA_HOME", ".local/share").resolve("loosen");
    }

    /** {@code $XDG_CACHE_HOME/loosen}, by default {@code ~/.cache/loosen}: what can be made again. */
    public Path cacheDir() {
        return xdg("XDG_CACHE_HOME", ".cache").resolve("loosen");
    }

    /** Where the user's own exercise files live. */
    public Path userExercisesDir() {
        return configDir().resolve("exercises");
    }

    private Path xdg(String variable, String fallback) {
        String value = get(variable);
        // The XDG spec says relative paths are invalid and must be ignored.
        if (value != null && Path.of(value).isAbsolute()) {
            return Path.of(value);
        }
        return home.resolve(fallback);
    }
}
