package io.contracthub.model;

import java.util.ArrayList;
import java.util.List;

/**
 * How long the free text of evidence may be: who recorded it, why, and where the proof is filed. The journal keeps
 * exactly this much; longer text is refused at the door, never cut, so the audit trail says what the sender said.
 */
public final class EvidenceText {

    public static final int MAX_ACTOR = 128;
    public static final int MAX_REASON = 1000;
    public static final int MAX_ATTACHMENT_REF = 500;

    private EvidenceText() {
    }

    /** Violations addressed as {@code actor}, {@code reason}, {@code attachmentRef}; empty when all fit (null fits). */
    public static List<Violation> validate(String actor, String reason, String attachmentRef) {
        List<Violation> violations = new ArrayList<>();
        check(violations, "actor", actor, MAX_ACTOR);
        check(violations, "reason", reason, MAX_REASON);
        check(violations, "attachmentRef", attachmentRef, MAX_ATTACHMENT_REF);
        return List.copyOf(violations);
    }

    private static void check(List<Violation> violations, String field, String text, int max) {
        if (text != null && text.length() > max) {
            violations.add(new Violation(field, "must be at most " + max + " characters"));
        }
    }
}
