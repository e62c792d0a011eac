package io.loosen.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.loosen.system.DataFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/catalog.md's example user exercise is a file Loosen accepts, so people can copy it as it is. */
class CatalogDocsTest {

    @Test
    void theDocumentedExampleUserExerciseIsValid() throws IOException {
        String docs = Files.readString(Path.of("docs/catalog.md"));
        String section = docs.substring(docs.indexOf("### Example user exercise"));
        Matcher yaml = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(section);
        assertThat(yaml.find()).isTrue();
        Exercise e = ExerciseReader.read("example.yaml", "example.yaml",
                DataFiles.parse("example.yaml", yaml.group(1).getBytes(StandardCharsets.UTF_8)));
        assertThat(e.id()).isEqualTo("thread-the-needle");
    }
}
