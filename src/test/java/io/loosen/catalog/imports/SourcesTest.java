package io.loosen.catalog.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loosen.catalog.Difficulty;
import io.loosen.catalog.Equipment;
import io.loosen.catalog.Sides;
import io.loosen.catalog.Target;
import io.loosen.system.InvalidDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each source's mapper: what it reads from a realistic file, and how it refuses a malformed or hostile one. */
class SourcesTest {
    static String resource(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/imports", name));
    }

    static ImportFile read(String text) {
        return ImportFile.read("test-file", text, null, null);
    }

    @Nested
    class FreeExerciseDbFiles {
        static final String CAT = """
                {"name": "Cat Stretch", "force": "static", "level": "beginner", "mechanic": null, "equipment": null,
                 "primaryMuscles": ["lower back"], "secondaryMuscles": ["middle back", "traps"],
                 "instructions": ["Position yourself on the floor on your hands and knees.",
                   "Pull your belly in and round your spine. Hold for 15-20 seconds."],
                 "category": "stretching", "images": ["Cat_Stretch/0.jpg"], "id": "Cat_Stretch"}""";
        static final String ROW = """
                {"name": "Bent Over Barbell Row", "force": "pull", "level": "intermediate", "mechanic": "compound",
                 "equipment": "barbell", "primaryMuscles": ["middle back"], "secondaryMuscles": ["biceps", "lats"],
                 "instructions": ["Holding a barbell, bend forward. This will be your starting position.",
                   "Pull the bar to your chest.", "Lower it again."],
                 "category": "strength", "images": [], "id": "Bent_Over_Barbell_Row"}""";

        @Test
        void isDetectedAndMapsMusclesEquipmentLevelAndCategory() {
            ImportFile file = read("[" + CAT + "," + ROW + "]");

            assertThat(file.source()).isEqualTo(ImportFile.Source.FREE_EXERCISE_DB);
            Found cat = file.read().found().get(0);
            assertThat(cat.name()).isEqualTo("Cat Stretch");
            assertThat(cat.targets()).containsExactly(Target.LOWER_BACK, Target.MID_BACK, Target.TRAPS);
            assertThat(cat.equipment()).containsExactly(Equipment.NONE);
            assertThat(cat.stretch()).isTrue();
            assertThat(cat.difficulty()).isEqualTo(Difficulty.EASY);
            assertThat(cat.provenance().licence()).isEqualTo("Unlicense (public domain)");
            assertThat(cat.provenance().source()).isEqualTo("https://github.com/yuhonas/free-exercise-db (Cat_Stretch)");
            Found row = file.read().found().get(1);
            assertThat(row.equipment()).containsExactly(Equipment.BARBELL);
            assertThat(row.targets()).containsExactly(Target.MID_BACK, Target.BICEPS, Target.LATS);
            assertThat(row.difficulty()).isEqualTo(Difficulty.MODERATE);
            assertThat(row.stretch()).isFalse();
        }

        @Test
        void everyMuscleAndEquipmentOfTheSourceHasALoosenWord() {
            assertThat(FreeExerciseDb.MUSCLES).hasSize(17).doesNotContainValue(null);
            assertThat(FreeExerciseDb.EQUIPMENT).hasSize(12);
            assertThat(FreeExerciseDb.MUSCLES.values()).doesNotHaveDuplicates();
        }

        @Test
        void aMalformedRecordRejectsTheFileNamingTheRecordAndTheField() {
            assertThatThrownBy(() -> read("[" + CAT + "," + ROW.replace("\"intermediate\"", "\"guru\"") + "]"))
                    .isInstanceOf(InvalidDataException.class)
                    .hasMessage("test-file, record 2 ('Bent_Over_Barbell_Row'): field 'level' has 'guru', which is not a"
                            + " level Loosen knows (beginner, intermediate, expert).")
                    .extracting(e -> ((InvalidDataException) e).field()).isEqualTo("level");
            assertThatThrownBy(() -> read("[" + CAT.replace("\"traps\"", "\"wings\"") + "]"))
                    .hasMessageContaining("record 1 ('Cat_Stretch'): field 'secondaryMuscles[1]' has 'wings'");
            assertThatThrownBy(() -> read("[" + CAT.replace("\"name\": \"Cat Stretch\",", "") + "]"))
                    .hasMessageContaining("missing required field 'name'");
            assertThatThrownBy(() -> read("[" + CAT.replace("\"instructions\": [", "\"instructions\": [42, ") + "]"))
                    .hasMessageContaining("field 'instructions[0]' should be text");
            assertThatThrownBy(() -> ImportFile.read("f", "[1, 2]", ImportFile.Source.FREE_EXERCISE_DB, null))
                    .hasMessageContaining("record 1: the file should hold one object of fields, not a number");
            assertThatThrownBy(() -> read("[" + CAT + ",")).hasMessageContaining("not valid JSON");
        }
    }

    @Nested
    class WgerFiles {
        @Test
        void readsTheEnglishTranslationWithHtmlStrippedAndMusclesByEitherName() throws IOException {
            ImportFile file = read(resource("wger-exerciseinfo.json"));

            assertThat(file.source()).isEqualTo(ImportFile.Source.WGER);
            assertThat(file.read().found()).extracting(Found::name).containsExactly("Neck and Upper Back Stretch",
                    "Lying Hamstring Stretch", "Seated Dumbbell Curl");
            assertThat(file.read().skipped()).containsExactly("results[3] (id 1004) has no text in wger's language 2.");
            Found neck = file.read().found().get(0);
            assertThat(neck.targets()).containsExactly(Target.TRAPS, Target.SHOULDERS);
            assertThat(neck.instructions()).containsExactly("Sit tall on a chair with your feet flat on the floor.",
                    "Drop your chin towards your chest and gently pull your head forward with both hands until you feel"
                            + " a stretch along the back of your neck and between the shoulder blades.",
                    "Hold for 20–30 seconds, breathing slowly.");
            assertThat(neck.aliases()).containsExactly("Seated neck stretch");
            assertThat(neck.stretch()).isTrue();
            assertThat(neck.provenance().author()).isEqualTo("Anna Example");
            assertThat(neck.provenance().licence()).isEqualTo("CC-BY-SA 4");
            Found hamstring = file.read().found().get(1);
            assertThat(hamstring.instructions()).containsExactly("Lie on your back on a mat with both legs straight.",
                    "Raise one leg and hold the back of the thigh with both hands.",
                    "Straighten the knee until you feel a stretch at the back of the thigh; hold it & breathe.",
                    "Lower the leg and switch sides.");
            assertThat(hamstring.equipment()).containsExactly(Equipment.MAT);
            assertThat(hamstring.provenance().author()).isEqualTo("wger.de contributors");
            Found curl = file.read().found().get(2);
            assertThat(curl.equipment()).containsExactly(Equipment.DUMBBELL, Equipment.BENCH);
            assertThat(curl.targets()).containsExactly(Target.BICEPS);
            assertThat(curl.stretch()).isFalse();
        }

        @Test
        void anotherLanguageOnRequest() throws IOException {
            ImportFile file = ImportFile.read("wger.json", resource("wger-exerciseinfo.json"), null, "de");
            assertThat(file.read().found()).extracting(Found::name).containsExactly("Nacken- und oberer Rückenstretch",
                    "Schulterkreisen");
            assertThatThrownBy(() -> ImportFile.read("wger.json", "{\"results\": [{\"translations\": []}]}", null, "xx"))
                    .hasMessageStartingWith("--language 'xx' is not a wger language");
        }

        @Test
        void draftsTheRecordsAsExercisesWithInferredDoses() throws IOException {
            List<Found> found = read(resource("wger-exerciseinfo.json")).read().found();
            var neck = Drafts.of(found.get(0)).exercise();
            assertThat(neck.positions()).containsExactly(io.loosen.catalog.Position.SEATED);
            assertThat(neck.places()).containsExactly(io.loosen.catalog.Place.DESK);
            assertThat(neck.equipment()).containsExactly(Equipment.CHAIR);
            assertThat(neck.dose()).isEqualTo(new io.loosen.catalog.Dose.Hold(20, 10, 60, false));
            var hamstring = Drafts.of(found.get(1)).exercise();
            assertThat(hamstring.sides()).isEqualTo(Sides.BOTH);
            assertThat(hamstring.positions()).containsExactly(io.loosen.catalog.Position.LYING);
            assertThat(hamstring.places()).containsExactly(io.loosen.catalog.Place.FLOOR);
            assertThat(hamstring.steps()).noneMatch(s -> s.text().contains("alert"));
            var curl = Drafts.of(found.get(2)).exercise();
            assertThat(((io.loosen.catalog.Dose.Reps) curl.dose()).count()).isEqualTo(10);
            assertThat(curl.places()).containsExactly(io.loosen.catalog.Place.GYM);
        }

        @Test
        void anUnknownMuscleOrAMissingCategoryRejectsTheFile() throws IOException {
            String text = resource("wger-exerciseinfo.json");
            assertThatThrownBy(() -> read(text.replace("\"Biceps brachii\", \"name_en\": \"Biceps\"",
                    "\"Musculus imaginarius\", \"name_en\": \"\"")))
                    .hasMessageContaining("results[2] (id 1003): field 'muscles[0].name' has 'Musculus imaginarius'");
            assertThatThrownBy(() -> read(text.replace("\"category\": {\"id\": 9, \"name\": \"Legs\"},", "")))
                    .hasMessageContaining("results[1] (id 1002): missing required field 'category'");
        }
    }

    @Nested
    class WorkraveFiles {
        @Test
        void readsTitlesDescriptionsAndTheTimedSequence() throws IOException {
            ImportFile file = read(resource("workrave-exercises.xml"));

            assertThat(file.source()).isEqualTo(ImportFile.Source.WORKRAVE);
            List<Found> found = file.read().found();
            assertThat(found).extracting(Found::name).containsExactly("Arm circles", "Shoulder-arm stretch", "Neck tilt",
                    "Look into the distance");
            assertThat(found.get(0).seconds()).isEqualTo(4);
            assertThat(found.get(0).sides()).isNull();
            assertThat(found.get(1).seconds()).isEqualTo(10);
            assertThat(found.get(1).sides()).isEqualTo(Sides.BOTH);
            assertThat(found.get(1).targets()).containsExactly(Target.SHOULDERS, Target.CHEST, Target.ARMS);
            assertThat(found.get(2).sides()).isEqualTo(Sides.BOTH);
            assertThat(found.get(3).targets()).isEmpty();
            assertThat(found).allMatch(Found::stretch);
            assertThat(found.get(1).provenance().licence()).isEqualTo("GPL-3.0-or-later");
        }

        @Test
        void aTimedStretchIsHeldForItsImagesTimeOnEachSide() throws IOException {
            var stretch = Drafts.of(read(resource("workrave-exercises.xml")).read().found().get(1)).exercise();
            assertThat(stretch.dose()).isEqualTo(new io.loosen.catalog.Dose.Hold(10, 10, 60, false));
            assertThat(stretch.sides()).isEqualTo(Sides.BOTH);
            assertThat(stretch.steps()).hasSize(3);
            assertThat(stretch.mainStep().text()).startsWith("Hold this position briefly");
            assertThat(Drafts.of(read(resource("workrave-exercises.xml")).read().found().get(3)).problem())
                    .contains("names no muscle");
        }

        @Test
        void translationsOnRequest() throws IOException {
            ImportFile file = ImportFile.read("exercises.xml", resource("workrave-exercises.xml"), null, "de");
            assertThat(file.read().found()).extracting(Found::name).containsExactly("Armkreisen", "Schulter-Arm-Dehnung");
            assertThat(file.read().skipped()).hasSize(2).allMatch(s -> s.contains("no title in language 'de'"));
        }

        @Test
        void hostileXmlIsRefusedWithoutReadingFilesOrExpandingEntities() {
            String external = """
                    <?xml version="1.0"?>
                    <!DOCTYPE exercises [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                    <exercises><exercise><title>&secret;</title><description>x</description></exercise></exercises>""";
            assertThatThrownBy(() -> read(external)).isInstanceOf(InvalidDataException.class)
                    .hasMessageContaining("not valid XML").hasMessageNotContaining("root:");
            String laughs = """
                    <?xml version="1.0"?>
                    <!DOCTYPE exercises [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                    <exercises><exercise><title>&b;</title></exercise></exercises>""";
            assertThatThrownBy(() -> read(laughs)).hasMessageContaining("not valid XML");
        }

        @Test
        void malformedFilesNameTheExerciseAndTheField() {
            assertThatThrownBy(() -> read("<exercises><exercise><title>Twist"))
                    .hasMessageStartingWith("test-file: not valid XML at line 1");
            assertThatThrownBy(() -> read("<exercises><exercise><description>No title here.</description></exercise></exercises>"))
                    .hasMessage("test-file, exercise 1: has no <title>.");
            assertThatThrownBy(() -> read("<exercises><exercise><title>Twist</title><description>Turn.</description>"
                    + "<sequence><image src=\"a.png\" duration=\"-5\"/></sequence></exercise></exercises>"))
                    .hasMessage("test-file, exercise 1 ('Twist'): has duration '-5'; it should be whole seconds from 0 to 3600.")
                    .extracting(e -> ((InvalidDataException) e).field()).isEqualTo("sequence.image[0].duration");
            assertThatThrownBy(() -> ImportFile.read("f", "<other/>", ImportFile.Source.WORKRAVE, null))
                    .hasMessageContaining("root element is <exercises>, not <other>");
        }
    }

    @Test
    void aFileOfNoKnownFormatSaysWhatItCanRead() {
        assertThatThrownBy(() -> read("{\"hello\": \"world\"}")).hasMessageContaining("not a file Loosen can import");
        assertThatThrownBy(() -> read("just: [some, yaml]")).hasMessageContaining("not a file Loosen can import");
    }
}
