package cn.kjj.platform.imports;

import cn.kjj.platform.contract.ContractType;
import cn.kjj.platform.contract.ExternalRegistrationDetails;
import cn.kjj.platform.contract.IpType;
import cn.kjj.platform.contract.PartyNature;
import cn.kjj.platform.contract.PlanSource;
import cn.kjj.platform.contract.RegisteredContract;
import cn.kjj.platform.contract.TechnologyField;
import cn.kjj.platform.contract.TurnoverRollup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;

/**
 * Contracts registered at other offices, from the national registration system's export (docs/import.md;
 * decision 0036). Each counts as absorption (技术吸纳) of its buyer's district, which must be one of the
 * importer's districts, and as no region's output. A registration number held here already (a contract
 * registered here, or a registration imported before) or repeated in the file is refused on its line; as
 * with every kind, one refused line and nothing of the file is stored.
 */
@Component
record ExternalContractImport(ImportLookups lookups, ImportWriter writer, TurnoverRollup turnover)
        implements KindImport<ExternalRegistrationDetails, ExternalRegistrationDetails> {

    @Override
    public ImportKind kind() {
        return ImportKind.EXTERNAL_CONTRACTS;
    }

    @Override
    public ExternalRegistrationDetails parse(ImportRow row, ImportScope scope) {
        ExternalRegistrationDetails entered = new ExternalRegistrationDetails(row.text("registrationNo"),
                row.text("registeringRegionCode"), row.date("registeredOn"), row.date("signedOn"),
                row.choice("type", ContractType.class, ContractType::nameZh, ContractType::nameEn),
                row.choice("technologyField", TechnologyField.class, TechnologyField::nameZh, TechnologyField::nameEn),
                row.text("sellerName"), row.text("sellerCreditCode"), row.text("sellerRegionCode"),
                row.text("sellerCountry"), row.text("buyerName"), row.text("buyerCreditCode"), row.text("regionCode"),
                row.decimal("contractAmount"), row.decimal("techTransactionAmount"),
                row.choice("sellerNature", PartyNature.class, PartyNature::nameZh, PartyNature::nameEn),
                row.choice("buyerNature", PartyNature.class, PartyNature::nameZh, PartyNature::nameEn),
                row.choice("ipType", IpType.class, IpType::nameZh, IpType::nameEn),
                row.choice("planSource", PlanSource.class, PlanSource::nameZh, PlanSource::nameEn));
        ExternalRegistrationDetails details = row.check(entered::validated);
        if (details == null || !scope.checkDistrict(row, "regionCode", details.regionCode()) || row.hasErrors()) {
            return null;
        }
        return details;
    }

    @Override
    public List<ExternalRegistrationDetails> resolve(List<Parsed<ExternalRegistrationDetails>> rows,
                                                     ImportScope scope) {
        List<String> numbers = rows.stream().map(p -> p.value().registrationNo()).toList();
        Set<String> local = lookups.registrationNumbersHeld(numbers, false);
        Set<String> imported = lookups.registrationNumbersHeld(numbers, true);
        Map<String, Integer> firstLine = new HashMap<>();
        List<ExternalRegistrationDetails> result = new ArrayList<>(rows.size());
        for (Parsed<ExternalRegistrationDetails> parsed : rows) {
            String number = parsed.value().registrationNo();
            if (parsed.firstOf(firstLine, number, "registrationNo")) {
                if (local.contains(number)) {
                    parsed.row().error("registrationNo", "error.import.externalContract.registeredHere",
                            "is a contract registered here, not elsewhere");
                } else if (imported.contains(number)) {
                    parsed.row().error("registrationNo", "error.import.externalContract.imported",
                            "was imported before");
                }
            }
            result.add(parsed.value());
        }
        return result;
    }

    @Override
    public WriteCounts write(List<ExternalRegistrationDetails> rows, ImportScope scope, IntConsumer progress) {
        writer.insertExternalContracts(rows, progress);
        // absorption of the buyer's district only, in the totals and every dimension: no output region (0036)
        for (ExternalRegistrationDetails c : rows) {
            turnover.add(RegisteredContract.elsewhere(c), 1);
        }
        return new WriteCounts(rows.size(), 0);
    }
}
