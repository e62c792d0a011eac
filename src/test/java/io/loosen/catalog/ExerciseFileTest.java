package io.loosen.catalog;

import static io.loosen.catalog.ExerciseDocs.held;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.loosen.system.DataFiles;
import io.loosen.system.InvalidDataException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading an exercise file as a whole: what is not one YAML or JSON object of fields is named as such. */
class ExerciseFileTest {
    private static final String FILE = "my-stretch.yaml";

    private static Exercise read(String content) {
        return read(content.getBytes(StandardCharsets.UTF_8));
    }

    private static Exercise read(byte[] content) {
        return ExerciseReader.read(FILE, "test", DataFiles.parse(FILE, content));
    }

    private static String refusal(String content) {
        return refusal(content.getBytes(StandardCharsets.UTF_8));
    }

    private static String refusal(byte[] content) {
        Throwable thrown = catchThrowable(() -> read(content));
        assertThat(thrown).isInstanceOfSatisfying(InvalidDataException.class,
                e -> assertThat(e.source()).isEqualTo(FILE));
        String message = thrown.getMessage();
        assertThat(message).startsWith(FILE + ": ").doesNotContain("\n").endsWith(".")
                .doesNotContainPattern("\\p{Cntrl}");
        return message;
    }

    @Test
    void aValidYamlFileReads() {
        assertThat(read(ExerciseDocs.yaml(held("thread-the-needle"))).id()).isEqualTo("thread-the-needle");
    }

    @Test
    void theSameExerciseAsJsonReadsTheSame() {
        Exercise fromYaml = read(ExerciseDocs.yaml(held("thread-the-needle")));
        Exercise fromJson = read(ExerciseDocs.json(held("thread-the-needle")));

        assertThat(fromJson).isEqualTo(fromYaml);
    }

    @Test
    void aDuplicateKeyIsRefusedNotSilentlyOverwritten() {
        String yaml = ExerciseDocs.yaml(held("thread-the-needle")) + "name: Second Name\n";

        assertThat(refusal(yaml)).contains("Duplicate field 'name'", "line");
    }

    @Test
    void aDuplicateNestedKeyIsRefused() {
        String yaml = ExerciseDocs.yaml(held("thread-the-needle"))
                .replace("default: 25", "default: 25\n    default: 600");

        assertThat(refusal(yaml)).contains("Duplicate field 'default'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id: [unclosed\nname: x", "{\"id\": \"a-b\", \"name\": ", "a: b: c: d", "key: 'open"})
    void garbageIsNotValidYaml(String garbage) {
        assertThat(refusal(garbage)).contains("not valid YAML or JSON");
    }

    @Test
    void binaryContentIsRefusedWithoutEchoingIt() {
        byte[] binary = {0, 1, 2, 0x1b, '[', '2', 'J', (byte) 0xff, (byte) 0xfe, 7};

        assertThat(refusal(binary)).contains("not valid YAML or JSON");
    }

    @Test
    void absurdNestingIsRefused() {
        assertThat(refusal("id: " + "[".repeat(200) + "]".repeat(200))).contains("not valid YAML or JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\n", "# only a comment\n"})
    void anEmptyFileIsCalledEmpty(String content) {
        assertThat(refusal(content)).isEqualTo(FILE + ": the file is empty.");
    }

    @Test
    void aTopLevelListIsRefused() {
        assertThat(refusal("- id: spine-twist\n- id: egyptian-back-stretch\n")).contains("one object", "a list");
    }

    @Test
    void aLoneSentenceIsRefused() {
        assertThat(refusal("Lie on your back and twist.")).contains("one object", "not text");
    }

    @Test
    void aFileOverSixtyFourKilobytesIsRefusedBeforeParsing() {
        byte[] big = ("# " + "x".repeat(65 * 1024) + "\n").getBytes(StandardCharsets.UTF_8);

        assertThat(refusal(big)).contains(big.length + " bytes", "at most 65536 bytes (64 KB)");
    }

    @Test
    void aFileOfExactlySixtyFourKilobytesStillReads() {
        String yaml = ExerciseDocs.yaml(held("thread-the-needle"));
        String padded = yaml + "#" + "x".repeat(DataFiles.MAX_BYTES - yaml.length() - 2) + "\n";

        assertThat(padded.getBytes(StandardCharsets.UTF_8)).hasSize(DataFiles.MAX_BYTES);
        assertThat(read(padded).id()).isEqualTo("thread-the-needle");
    }
}
