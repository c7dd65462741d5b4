package cn.kjj.platform.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A record's change history as the portal's {@code fragments/history.html} shows it: newest first. */
public final class RegistryHistory {

    private RegistryHistory() {
    }

    public static List<ChangeHistory.Entry> newestFirst(List<ChangeHistory.Entry> entries) {
        List<ChangeHistory.Entry> reversed = new ArrayList<>(entries);
        Collections.reverse(reversed);
        return reversed;
    }
}
