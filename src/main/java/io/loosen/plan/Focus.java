package io.loosen.plan;

import io.loosen.catalog.Target;
import io.loosen.system.Vocabulary;
import java.util.List;

/** Which part of the back a plan should cover: {@code upper-back}, {@code mid-back} or {@code both}. */
public enum Focus implements Vocabulary {
    UPPER_BACK, MID_BACK, BOTH;

    /** The targets a plan with this focus must cover, each by at least one exercise when one fits. */
    public List<Target> targets() {
        return switch (this) {
            case UPPER_BACK -> List.of(Target.UPPER_BACK);
            case MID_BACK -> List.of(Target.MID_BACK);
            case BOTH -> List.of(Target.UPPER_BACK, Target.MID_BACK);
        };
    }
}
