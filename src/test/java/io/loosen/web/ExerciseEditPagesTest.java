package io.loosen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The exercise editor's pages over real HTTP: which page each address gives, and what it allows. */
class ExerciseEditPagesTest extends ServedTest {

    @Test
    void newIsTheEditorNotAnExerciseCalledNew() {
        HttpResponse<String> page = server.get("/exercises/new");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1 id=\"editor-title\" tabindex=\"-1\">New exercise</h1>",
                "id=\"exercise-form\"", "/static/exercise-editor.js", "/static/exercise-edit.css");
        assertThat(page.body()).doesNotContain("data-exercise-id=", "data-from=");
    }

    @Test
    void onlyTheEditorMayShowPicturesFromMemory() {
        assertThat(server.get("/exercises/new").headers().firstValue("Content-Security-Policy"))
                .hasValue(ExerciseEditPages.CONTENT_SECURITY_POLICY);
        assertThat(ExerciseEditPages.CONTENT_SECURITY_POLICY).contains("script-src 'self'", "img-src 'self' blob:")
                .doesNotContain("unsafe");
        assertThat(server.get("/library").headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
    }

    @Test
    void duplicatingNamesTheSource() {
        HttpResponse<String> page = server.get("/exercises/new?from=spine-twist");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Duplicate Spine Twist", "data-from=\"spine-twist\"");
    }

    @Test
    void aBuiltInExerciseIsOfferedForDuplicatingNotEditing() {
        HttpResponse<String> page = server.get("/exercises/spine-twist/edit");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("is built in, so it cannot be changed here",
                "href=\"/exercises/new?from=spine-twist\"").doesNotContain("id=\"exercise-form\"");
        assertThat(server.get("/exercises/spine-twist").body())
                .contains("href=\"/exercises/new?from=spine-twist\"", "href=\"/api/v1/exercises/spine-twist/file\"")
                .doesNotContain("/exercises/spine-twist/edit", "data-delete-exercise");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/exercises/nothing-here/edit", "/exercises/new?from=nothing-here",
        "/exercises/%3Cscript%3Ealert(1)%3C%2Fscript%3E/edit", "/exercises/new?from=%3Cscript%3Ealert(1)%3C%2Fscript%3E"})
    void anUnknownExerciseIsANotFoundPage(String path) {
        HttpResponse<String> page = server.get(path);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<h1>Not found</h1>").doesNotContain("<script>alert");
    }

    @Test
    void theLibraryOffersANewExerciseAndAnImport() {
        assertThat(server.get("/library").body()).contains("href=\"/exercises/new\"", "id=\"import-form\"",
                "id=\"import-file\"");
        assertThat(server.get("/routines").body()).contains("href=\"/api/v1/routines/daily/file\"");
    }
}
