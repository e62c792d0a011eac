package io.loosen.progress.exchange;

import io.loosen.progress.PracticeSession;
import io.loosen.system.Vocabulary;
import java.util.List;

/** The formats history is exported and imported in, as {@code --format json|csv} names them. */
public enum HistoryFormat implements Vocabulary {
    JSON,
    CSV;

    public String write(List<PracticeSession> sessions) {
        return switch (this) {
            case JSON -> new HistoryJson().write(sessions);
            case CSV -> new HistoryCsv().write(sessions);
        };
    }

    /** The sessions in {@code text}; {@code source} names the file in error messages. */
    public List<PracticeSession> read(String source, String text) {
        return switch (this) {
            case JSON -> new HistoryJson().read(source, text);
            case CSV -> new HistoryCsv().read(source, text);
        };
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return slug();
    }
}
