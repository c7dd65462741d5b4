package cn.kjj.platform.enterprise;

import java.time.LocalDate;
import java.util.List;

/**
 * The revocation form: the reason and the first day no longer in force, then the same again
 * with {@code confirmed} once the official has seen what will happen.
 */
record RevocationPageForm(String reason, String revokedOn, Boolean confirmed) {

    static final List<String> FIELDS = List.of("reason", "revokedOn");

    static RevocationPageForm blank(LocalDate today) {
        return new RevocationPageForm(null, today.toString(), false);
    }

    boolean isConfirmed() {
        return Boolean.TRUE.equals(confirmed);
    }
}
