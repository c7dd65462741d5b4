package cn.kjj.platform.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** High-tech enterprises: stock on 31 December, its flows, growth rates and CAGR, from the yearly roll-up. */
@Component
record HighTechIndicator(HighTechLedger ledger) {

    static final MathContext ROOT_PRECISION = MathContext.DECIMAL128;

    record Result(List<IndicatorPoint.HighTech> series, IndicatorSummary.Growth summary) {
    }

    Result series(Collection<String> regions, int from, int to) {
        Map<Integer, HighTechYear> found = new LinkedHashMap<>();
        ledger.read(regions, from, to).forEach(y -> found.put(y.year(), y));
        List<IndicatorPoint.HighTech> series = new ArrayList<>();
        Long previous = null;
        for (int year = from; year <= to; year++) {
            HighTechYear y = found.getOrDefault(year, HighTechYear.empty(year));
            Fraction growth = previous == null ? null : Fraction.of(y.stock() - previous, previous);
            series.add(IndicatorPoint.HighTech.of(y, growth));
            previous = y.stock();
        }
        long first = series.get(0).value();
        long last = series.get(series.size() - 1).value();
        IndicatorSummary.Growth summary = new IndicatorSummary.Growth(first, last, to - from,
                Fraction.of(last - first, first), cagr(first, last, to - from));
        return new Result(series, summary);
    }

    /**
     * (last / first)^(1 / years) - 1, the root by Newton's method in BigDecimal (34 digits), so no
     * floating point enters; null when first is 0 or the range is a single year.
     */
    static BigDecimal cagr(long first, long last, int years) {
        if (first == 0 || years == 0) {
            return null;
        }
        BigDecimal base = BigDecimal.valueOf(last).divide(BigDecimal.valueOf(first), ROOT_PRECISION);
        return root(base, years).subtract(BigDecimal.ONE).setScale(Fraction.SCALE, RoundingMode.HALF_EVEN);
    }

    static BigDecimal root(BigDecimal a, int n) {
        if (a.signum() == 0 || n == 1) {
            return a;
        }
        BigDecimal bn = BigDecimal.valueOf(n);
        BigDecimal x = a.compareTo(BigDecimal.ONE) > 0 ? a : BigDecimal.ONE;
        for (int i = 0; i < 500; i++) {
            BigDecimal next = x.multiply(bn.subtract(BigDecimal.ONE))
                    .add(a.divide(x.pow(n - 1, ROOT_PRECISION), ROOT_PRECISION))
                    .divide(bn, ROOT_PRECISION);
            if (next.subtract(x).abs().compareTo(new BigDecimal("1E-30")) < 0) {
                return next;
            }
            x = next;
        }
        return x;
    }
}
