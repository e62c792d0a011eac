package io.loosen.figure;

import java.util.EnumMap;
import java.util.Map;

/**
 * Puts a hand or a foot where the data says ("hands on the bar at 104, 92"), so an author need not work
 * out shoulder and elbow angles: a two-joint reach in the picture's plane. Of the two ways the limb can
 * bend, it takes the one that stays within the joints' limits (bending least past them). A point out of
 * reach gets the limb stretched toward it. A reached foot is set flat, on its sole or (kneeling) its top.
 */
final class Reach {
    private Reach() {
    }

    /** The limbs a reach can move, by the word the data uses. */
    enum Limb {
        LEFT_HAND(Part.LEFT_UPPER_ARM, Part.LEFT_FOREARM, Part.LEFT_HAND),
        RIGHT_HAND(Part.RIGHT_UPPER_ARM, Part.RIGHT_FOREARM, Part.RIGHT_HAND),
        LEFT_FOOT(Part.LEFT_THIGH, Part.LEFT_SHIN, Part.LEFT_FOOT),
        RIGHT_FOOT(Part.RIGHT_THIGH, Part.RIGHT_SHIN, Part.RIGHT_FOOT);

        final Part upper;
        final Part lower;
        final Part end;

        Limb(Part upper, Part lower, Part end) {
            this.upper = upper;
            this.lower = lower;
            this.end = end;
        }

        boolean hand() {
            return end == Part.LEFT_HAND || end == Part.RIGHT_HAND;
        }
    }

    static Pose to(Pose pose, Limb limb, double x, double y) {
        Skeleton s = Skeleton.of(pose);
        double[] base = s.joint(limb.upper);
        double l1 = limb.upper.length(pose);
        double l2 = limb.lower.length(pose) + (limb.hand() ? Shapes.HAND_CENTRE : 0);
        double dx = x - base[0];
        double dy = y - base[1];
        double d = Math.max(Math.abs(l1 - l2) + 1e-6, Math.min(l1 + l2 - 1e-6, Math.hypot(dx, dy)));
        double toward = Math.toDegrees(Math.atan2(-dx, dy));
        double bend = Math.toDegrees(Math.acos((l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)));
        Pose best = null;
        double bestExcess = Double.MAX_VALUE;
        for (int way : new int[] {1, -1}) {
            double upperTurn = toward + way * bend;
            double[] knee = {base[0] - l1 * Math.sin(Math.toRadians(upperTurn)),
                             base[1] + l1 * Math.cos(Math.toRadians(upperTurn))};
            double lowerTurn = Math.toDegrees(Math.atan2(-(x - knee[0]), y - knee[1]));
            Map<Joint, Double> set = new EnumMap<>(Joint.class);
            double upperValue = value(limb.upper, pose, upperTurn - s.turn(limb.upper.parent()));
            double lowerValue = value(limb.lower, pose, lowerTurn - upperTurn);
            set.put(limb.upper.joint(), upperValue);
            set.put(limb.lower.joint(), lowerValue);
            if (!limb.hand() && pose.view() == View.SIDE) {
                // Sole on the floor, toes forward; or, kneeling, the top of the foot on the floor, toes back.
                double flat = value(limb.end, pose, -lowerTurn);
                Joint ankle = limb.end.joint();
                set.put(ankle, ankle.clamp(flat, pose.view()) == flat ? flat : value(limb.end, pose, 180 - lowerTurn));
            }
            double excess = 0;
            for (var e : set.entrySet()) {
                excess += Math.abs(e.getValue() - e.getKey().clamp(e.getValue(), pose.view()));
            }
            if (excess < bestExcess) {
                bestExcess = excess;
                best = pose.with(set);
            }
        }
        return best;
    }

    /** The joint value that turns a part by {@code degrees} from its parent, in the range nearest zero. */
    private static double value(Part part, Pose pose, double degrees) {
        double perDegree = part.rotation(pose.with(Map.of(part.joint(), 1.0)))
                - part.rotation(pose.with(Map.of(part.joint(), 0.0)));
        double v = degrees / perDegree;
        v = ((v % 360) + 540) % 360 - 180;
        Joint j = part.joint();
        if (v < j.min(pose.view()) && v + 360 <= j.max(pose.view())) {
            v += 360;
        }
        return v;
    }
}
