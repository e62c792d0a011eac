package io.loosen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RatingPromptTest {
    private final StringWriter said = new StringWriter();

    private RatingPrompt answering(String... lines) {
        Deque<String> answers = new ArrayDeque<>(Arrays.asList(lines));
        return new RatingPrompt(prompt -> answers.isEmpty() ? null : answers.poll(), new PrintWriter(said));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "7, 7", "10, 10", "' 4 ', 4", "03, 3"})
    void aWholeNumberFromZeroToTenIsARating(String typed, int rating) {
        assertThat(answering(typed).before()).isEqualTo(rating);
    }

    @Test
    void enterOrTheEndOfInputSkipsTheQuestion() {
        assertThat(answering("").before()).isNull();
        assertThat(answering().after()).isNull();
        assertThat(answering("   ").note()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"11", "-1", "7.5", "seven", "100", "1e1", "'; DROP TABLE practice_session; --"})
    void aWrongAnswerIsExplainedAndAskedAgain(String typed) {
        assertThat(answering(typed, "6").before()).isEqualTo(6);
        assertThat(said.toString()).contains("is not a rating", "0 to 10");
    }

    @Test
    void afterThreeWrongAnswersTheQuestionIsLeftUnanswered() {
        assertThat(answering("x", "y", "z", "5").before()).isNull();
    }

    @Test
    void aNoteIsKeptAsTypedWithoutControlCharactersAndWithinItsLength() {
        assertThat(answering("  Felt it <b>between</b> the blades \u001b[2J ").note())
                .isEqualTo("Felt it <b>between</b> the blades ?[2J");
        assertThat(answering("x".repeat(5000)).note()).hasSize(2000);
    }
}
