package cn.kjj.platform.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Technology contract turnover from the monthly roll-ups, cut into continuous periods (and a dimension's groups). */
@Component
record TurnoverIndicator(TurnoverLedger ledger) {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    List<IndicatorPoint.Turnover> series(Collection<String> regions, LocalDate from, LocalDate to, Period period,
                                         Perspective perspective, TurnoverDimension by) {
        Map<String, Sum> sums = new LinkedHashMap<>();
        List<String> groups = by != null ? by.groups() : List.of("");
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(period.months())) {
            for (String group : groups) {
                sums.put(key(period.label(m), group), new Sum(period.label(m), group));
            }
        }
        for (TurnoverCell cell : ledger.read(regions, perspective, YearMonth.from(from), YearMonth.from(to),
                period.months(), by)) {
            sums.get(key(period.label(cell.month()), by != null ? cell.group() : "")).add(cell);
        }
        return sums.values().stream().map(sum -> new IndicatorPoint.Turnover(sum.period, sum.contractAmount,
                by == TurnoverDimension.TYPE ? sum.group : null, by != null ? sum.group : null, sum.count,
                sum.contractAmount, sum.techTransactionAmount, perspective)).toList();
    }

    private static String key(String label, String group) {
        return label + "/" + group;
    }

    private static final class Sum {
        final String period;
        final String group;
        long count;
        BigDecimal contractAmount = ZERO;
        BigDecimal techTransactionAmount = ZERO;

        Sum(String period, String group) {
            this.period = period;
            this.group = group;
        }

        void add(TurnoverCell cell) {
            count += cell.count();
            contractAmount = contractAmount.add(cell.contractAmount());
            techTransactionAmount = techTransactionAmount.add(cell.techTransactionAmount());
        }
    }
}
