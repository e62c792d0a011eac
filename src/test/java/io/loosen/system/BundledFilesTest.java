package io.loosen.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data files shipped with Loosen, read from a folder during development and through the index in a jar. */
class BundledFilesTest {
    @TempDir
    Path dir;

    @Test
    void inAJarTheIndexSaysWhichFilesThereAre() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("catalog/index.txt", "spine-twist.yaml\negyptian.yml\r\n\n  wall.json  \nnotes.txt\n");
        entries.put("catalog/spine-twist.yaml", "id: spine-twist");
        entries.put("catalog/egyptian.yml", "id: egyptian");
        entries.put("catalog/wall.json", "{}");
        entries.put("catalog/notes.txt", "not data");
        entries.put("catalog/unlisted.yaml", "id: unlisted");

        try (URLClassLoader loader = jar(entries)) {
            List<BundledFiles.File> files = BundledFiles.list(loader, "catalog");

            assertThat(files).extracting(BundledFiles.File::name)
                    .containsExactly("catalog/egyptian.yml", "catalog/spine-twist.yaml", "catalog/wall.json");
            assertThat(new String(files.get(1).content(), StandardCharsets.UTF_8)).isEqualTo("id: spine-twist");
        }
    }

    @Test
    void aJarWithoutTheIndexIsABrokenBuildAndSaysSo() throws Exception {
        try (URLClassLoader loader = jar(Map.of("catalog/spine-twist.yaml", "id: spine-twist"))) {
            assertThatThrownBy(() -> BundledFiles.list(loader, "catalog"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("catalog").hasMessageContaining("index.txt");
        }
    }

    @Test
    void aFileTheIndexNamesButTheJarLacksIsNamed() throws Exception {
        try (URLClassLoader loader = jar(Map.of("catalog/index.txt", "gone.yaml\n"))) {
            assertThatThrownBy(() -> BundledFiles.list(loader, "catalog"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("catalog/gone.yaml");
        }
    }

    @Test
    void inAFolderEveryDataFileCountsWithoutAnIndex() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("classes/routines"));
        Files.writeString(folder.resolve("b.yaml"), "id: b");
        Files.writeString(folder.resolve("a.json"), "{}");
        Files.writeString(folder.resolve("index.txt"), "b.yaml\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()}, null)) {
            assertThat(BundledFiles.list(loader, "routines")).extracting(BundledFiles.File::name)
                    .containsExactly("routines/a.json", "routines/b.yaml");
        }
    }

    @Test
    void aMissingFolderIsABrokenBuildAndSaysSo() throws Exception {
        try (URLClassLoader loader = jar(Map.of("other/index.txt", ""))) {
            assertThatThrownBy(() -> BundledFiles.list(loader, "catalog")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("'catalog' is missing");
        }
    }

    /** The build's index (pom.xml) lists exactly the data files in the source folders, so the jar has them all. */
    @Test
    void theBuildsIndexesListEveryBundledFile() throws IOException {
        for (String folder : List.of("catalog", "routines")) {
            Path classes = Path.of("target/classes", folder);
            List<String> indexed = Files.readAllLines(classes.resolve(BundledFiles.INDEX)).stream()
                    .filter(line -> !line.isBlank()).sorted().toList();
            try (Stream<Path> sources = Files.list(Path.of("src/main/resources", folder))) {
                assertThat(indexed).as(folder).containsExactlyElementsOf(sources.map(p -> p.getFileName().toString())
                        .filter(DataFiles::isDataFile).sorted().toList());
            }
        }
    }

    private URLClassLoader jar(Map<String, String> entries) throws IOException {
        Path jar = dir.resolve("bundle-" + System.nanoTime() + ".jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            // folders first, as the build's jar has them
            for (String folder : entries.keySet().stream().map(name -> name.substring(0, name.indexOf('/') + 1))
                    .distinct().toList()) {
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
            for (var entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
    }
}
