package cn.kjj.platform.indicator;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The registrations of other offices imported here (table {@code external_contract_registration}, decision 0036),
 * summed by every dimension and group as the roll-ups count them (the same SQL function, {@code
 * contract_market_cells}): the imported part of the absorption that the technology-market tables show beside it.
 */
public interface ElsewhereTurnover {

    /** The cells (nonzero only) of the registrations whose buyer is in {@code regions}, registered in the days. */
    List<ElsewhereCell> read(Collection<String> regions, LocalDate from, LocalDate to);
}
