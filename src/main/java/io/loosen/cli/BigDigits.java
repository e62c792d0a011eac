package io.loosen.cli;

import java.util.ArrayList;
import java.util.List;

/** A countdown in large block digits, five rows high, readable from a mat on the floor. */
final class BigDigits {
    static final int HEIGHT = 5;

    // Each glyph is five rows of three cells; '#' is a filled cell.
    private static final String[] GLYPHS = {
        "###,# #,# #,# #,###", // 0
        " # ,## , # , # ,###", // 1
        "###,  #,###,#  ,###", // 2
        "###,  #,###,  #,###", // 3
        "# #,# #,###,  #,  #", // 4
        "###,#  ,###,  #,###", // 5
        "###,#  ,###,# #,###", // 6
        "###,  #,  #,  #,  #", // 7
        "###,# #,###,# #,###", // 8
        "###,# #,###,  #,###", // 9
    };
    private static final String COLON = " , # ,   , # , ";

    private BigDigits() {
    }

    /** The rows of {@code text} (digits and ':'), each cell drawn as two full blocks. */
    static List<String> render(String text) {
        return render(text, "██");
    }

    /** The rows of {@code text}, each filled cell drawn as {@code cell} (two characters wide). */
    static List<String> render(String text, String cell) {
        List<StringBuilder> rows = new ArrayList<>();
        for (int r = 0; r < HEIGHT; r++) {
            rows.add(new StringBuilder());
        }
        for (char c : text.toCharArray()) {
            String glyph = c == ':' ? COLON : Character.isDigit(c) ? GLYPHS[c - '0'] : null;
            if (glyph == null) {
                continue;
            }
            String[] lines = glyph.split(",", -1);
            for (int r = 0; r < HEIGHT; r++) {
                for (char glyphCell : lines[r].toCharArray()) {
                    rows.get(r).append(glyphCell == '#' ? cell : "  ");
                }
                rows.get(r).append("  ");
            }
        }
        return rows.stream().map(row -> row.toString().stripTrailing()).toList();
    }
}
