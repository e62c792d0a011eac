package io.loosen.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the data files shipped inside Loosen (the catalog, the routines): from the class path folder during
 * development, so a new file is picked up at once, and inside the jar through the folder's
 * {@value #INDEX}, which the build writes.
 */
public final class BundledFiles {
    /** The list of a folder's data files, one name a line, that the build writes into it (pom.xml). */
    static final String INDEX = "index.txt";

    private BundledFiles() {
    }

    /** A file's name (e.g. {@code catalog/spine-twist.yaml}) and content. */
    public record File(String name, byte[] content) {
    }

    /** Every data file directly in the class path folder {@code folder}, sorted by name. */
    public static List<File> list(String folder) {
        return list(BundledFiles.class.getClassLoader(), folder);
    }

    static List<File> list(ClassLoader loader, String folder) {
        URL url = loader.getResource(folder);
        try {
            if (url != null && url.getProtocol().equals("file")) {
                return read(Path.of(url.toURI()), folder);
            }
            return readIndexed(loader, folder, url != null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The files the folder's index names, each found by name as a class is. Listing a folder inside the jar
     * meant reading the jar's whole directory (about 10,000 entries) again, twice per start.
     */
    private static List<File> readIndexed(ClassLoader loader, String folder, boolean folderThere) throws IOException {
        List<String> names;
        try (InputStream index = loader.getResourceAsStream(folder + "/" + INDEX)) {
            if (index == null) {
                throw new IllegalStateException("Loosen's bundled folder '" + folder + "' " + (folderThere
                        ? "has no " + INDEX + "; build Loosen with Maven, which writes it."
                        : "is missing from the build."));
            }
            names = new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(name -> !name.isEmpty() && DataFiles.isDataFile(name)).sorted().toList();
        }
        List<File> files = new ArrayList<>();
        for (String name : names) {
            String path = folder + "/" + name;
            try (InputStream in = loader.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("Loosen's bundled file '" + path + "' is listed in "
                            + folder + "/" + INDEX + " but missing from the build.");
                }
                files.add(new File(path, in.readAllBytes()));
            }
        }
        return files;
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
