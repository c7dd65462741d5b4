package cn.kjj.platform.report;

import java.util.List;

/**
 * A generated sentence: a message key ({@code report.sentence.*}, in the faces' message bundles in
 * Chinese and English) and its arguments in order.
 */
public record ReportSentence(String key, List<ReportValue> args) {

    public ReportSentence {
        args = List.copyOf(args);
    }
}
