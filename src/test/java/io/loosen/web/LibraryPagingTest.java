package io.loosen.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.loosen.system.Json;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A library of many exercises comes a page of cards at a time, each page keeping the filters. */
class LibraryPagingTest extends ServedTest {
    private static final Pattern CARD = Pattern.compile("<li class=\"card exercise-card\">");

    @BeforeAll
    static void importSixtyTwists() {
        for (int batch = 0; batch < 3; batch++) {
            ArrayNode list = Json.mapper().createArrayNode();
            for (int i = batch * 20 + 1; i <= batch * 20 + 20; i++) {
                ObjectNode doc = ExerciseApiWriteTest.draft(String.format("Paged twist %02d", i));
                doc.put("id", String.format("paged-twist-%02d", i));
                list.add(doc);
            }
            HttpResponse<String> response = server.send("POST", "/api/v1/import", Json.write(list),
                    "Content-Type", "application/json");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        }
    }

    static int cards(String html) {
        Matcher m = CARD.matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void showsAPageOfCardsWithALinkToTheNext() {
        String first = server.get("/library").body();
        assertThat(cards(first)).isEqualTo(LibraryPage.SIZE);
        assertThat(first).contains("1–48 of 68 matching (68 in all) exercises", "href=\"/library?page=2\"",
                "Page 1 of 2").doesNotContain("rel=\"prev\"");

        String second = server.get("/library?page=2").body();
        assertThat(cards(second)).isEqualTo(68 - LibraryPage.SIZE);
        assertThat(second).contains("49–68 of 68", "href=\"/library\"").doesNotContain("rel=\"next\"");
    }

    @Test
    void pagesKeepTheFiltersAndOddPageNumbersShowAPageAnyway() {
        String twists = server.get("/library?q=Paged+Twist&position=lying").body();
        assertThat(twists).contains("1–48 of 60 matching", "href=\"/library?q=paged+twist&amp;position=lying&amp;page=2\"");
        assertThat(cards(server.get("/library?q=paged&page=2").body())).isEqualTo(12);
        assertThat(cards(server.get("/library?page=999").body())).isEqualTo(20);
        assertThat(cards(server.get("/library?page=abc").body())).isEqualTo(48);
        assertThat(cards(server.get("/library?page=-1").body())).isEqualTo(48);
        assertThat(server.get("/library?q=%3Cb%3E&page=%3Cscript%3E").body()).doesNotContain("<script>").doesNotContain("<b>");
    }
}
