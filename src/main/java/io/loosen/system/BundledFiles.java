package io.loosen.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
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
                return readJar(url, folder);
            }
            return read(Path.of(url.toURI()), folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The folder's files from the jar Loosen runs from, found by name in its directory. Not through a zip
     * file system: that builds its own index of the whole jar (about 10,000 entries) on every call.
     */
    private static List<File> readJar(URL url, String folder) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false); // our own handle, so closing it leaves the class loader's alone
        String prefix = folder + "/";
        try (JarFile jar = connection.getJarFile()) {
            List<JarEntry> entries = jar.stream()
                    .filter(e -> e.getName().startsWith(prefix) && !e.isDirectory()
                            && e.getName().indexOf('/', prefix.length()) < 0
                            && DataFiles.isDataFile(e.getName().substring(prefix.length())))
                    .sorted(Comparator.comparing(JarEntry::getName))
                    .toList();
            List<File> files = new ArrayList<>();
            for (JarEntry entry : entries) {
                try (InputStream in = jar.getInputStream(entry)) {
                    files.add(new File(entry.getName(), in.readAllBytes()));
                }
            }
            return files;
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
