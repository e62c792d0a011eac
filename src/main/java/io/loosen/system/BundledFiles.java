package io.loosen.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the data files shipped inside Loosen (the catalog, the routines), from the class path folder
 * during development or from inside the jar, so new files need no index to be picked up.
 */
public final class BundledFiles {
    private BundledFiles() {
    }

    /** A file's name (e.g. {@code catalog/spine-twist.yaml}) and content. */
    public record File(String name, byte[] content) {
    }

    /** Every data file directly in the class path folder {@code folder}, sorted by name. */
    public static List<File> list(String folder) {
        URL url = BundledFiles.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("Loosen's bundled folder '" + folder + "' is missing from the build.");
        }
        try {
            if (url.getProtocol().equals("jar")) {
                try (FileSystem jar = openJar(url)) {
                    return read(jar.getPath("/" + folder), folder);
                }
            }
            return read(Path.of(url.toURI()), folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileSystem openJar(URL url) throws IOException, URISyntaxException {
        try {
            return FileSystems.newFileSystem(url.toURI(), Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            // Another caller has the jar open; a fresh view of it is still ours to close.
            String jarPath = url.toURI().getSchemeSpecificPart().split("!")[0].replaceFirst("^file:", "");
            return FileSystems.newFileSystem(Path.of(jarPath));
        }
    }

    private static List<File> read(Path dir, String folder) throws IOException {
        List<File> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                if (DataFiles.isDataFile(name)) {
                    files.add(new File(folder + "/" + name, Files.readAllBytes(p)));
                }
            }
        }
        return files;
    }
}
