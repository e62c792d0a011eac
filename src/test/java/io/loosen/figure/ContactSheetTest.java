package io.loosen.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Renders the contact sheet of every step of every built-in exercise in headless Chromium: to
 * target/figures.png, or to docs/figures.png with {@code -Dloosen.figures=docs/figures.png} after the poses
 * change. Look at it.
 */
class ContactSheetTest {
    @Test
    void drawsEveryStepOfEveryExercise() throws Exception {
        Path png = Path.of(System.getProperty("loosen.figures", "target/figures.png"));
        ContactSheet.write(png, "");
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }
}
