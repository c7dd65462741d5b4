package cn.kjj.platform.generator;

import cn.kjj.platform.contract.ContractType;
import cn.kjj.platform.contract.ReviewClock;
import cn.kjj.platform.contract.TechnologyField;
import cn.kjj.platform.generator.ScaleContracts.Parties;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.SplittableRandom;

/**
 * The generated registrations of other offices whose buyer is a generated enterprise here: the rows the
 * {@code external-contracts} import stores from the national system's export (decisions 0036 and 0054), with the
 * registration form's fields, so that the absorption side of {@code contract-turnover?by=} and the
 * technology-market tables' imported part have rows at scale. One for every {@value #PER_CONTRACTS} generated
 * contracts (2 %), each a pure function of the seed and its ordinal. The seller is an organisation in one of the
 * cities outside Jiangmen that the contracts' buyers come from, and its office (the seller's) registered it;
 * one in ten rows leaves the four optional form fields out, as an export that does not carry them (group
 * {@code UNKNOWN}). Numbers are year + the seller's region + 500,000 + the ordinal, so they meet neither each
 * other, nor a local number (Jiangmen's districts), nor the demo's imports.
 */
record ScaleImports(ScaleSettings settings, Parties parties) {

    /** One imported registration for every this many generated contracts. */
    static final int PER_CONTRACTS = 50;
    static final String COLUMNS = "external_contract_registration (id, registration_no, registering_region_code,"
            + " registered_on, signed_on, type, technology_field, seller_name, seller_credit_code, seller_region_code,"
            + " seller_country, buyer_name, buyer_credit_code, buyer_region_code, contract_amount, tech_transaction_amount,"
            + " imported_at, seller_nature, buyer_nature, ip_type, plan_source)";
    private static final int FIRST_SERIAL = 500_000;
    private static final String[] SELLER_NATURES = {"ENTERPRISE", "ENTERPRISE", "ENTERPRISE", "ENTERPRISE",
        "ENTERPRISE", "ENTERPRISE", "ENTERPRISE", "ENTERPRISE", "UNIVERSITY", "UNIVERSITY", "RESEARCH_INSTITUTE",
        "RESEARCH_INSTITUTE", "MEDICAL_INSTITUTION", "OTHER_PUBLIC_INSTITUTION", "INDIVIDUAL"};

    /** How many imported registrations go with {@code contracts} generated contracts. */
    static int total(int contracts) {
        return contracts / PER_CONTRACTS;
    }

    /** Writes imported registration {@code ordinal} as row {@code id} to {@code out}. */
    void registration(long ordinal, long id, StringBuilder out) {
        if (ordinal > 999_999 - FIRST_SERIAL) {
            throw new IllegalStateException("more than " + (999_999 - FIRST_SERIAL) + " generated imports");
        }
        SplittableRandom r = settings.random(9, ordinal);
        int days = (int) (settings.until().toEpochDay() - settings.from().toEpochDay()) + 1;
        LocalDate registered = settings.from().plusDays(r.nextInt(days));
        LocalDate signed = registered.minusDays(2 + r.nextInt(40));
        LocalDate imported = registered.plusDays(30 + r.nextInt(60));
        imported = imported.isAfter(settings.until()) ? settings.until() : imported;   // never a day to come
        int city = r.nextInt(ScaleContracts.OUTSIDE.length);
        String sellerRegion = ScaleContracts.OUTSIDE[city];
        int seller = r.nextInt(50_000);
        int buyer = r.nextInt(parties.size());
        ContractType type = ContractType.values()[r.nextInt(ContractType.values().length)];
        TechnologyField field = TechnologyField.values()[r.nextInt(TechnologyField.values().length)];
        long cents = ScaleContracts.amountCents(r);
        long techCents = Math.max(1, cents * (55 + r.nextInt(46)) / 100);
        boolean stated = r.nextInt(10) > 0;
        CopyText.line(out).value(id)
                .value(ScaleContracts.registrationNumber(sellerRegion, registered, FIRST_SERIAL + (int) ordinal))
                .value(sellerRegion).value(registered).value(signed).value(type.name()).value(field.name())
                .value(ScaleContracts.OUTSIDE_NAMES[city] + "技术合作伙伴" + seller + "号有限公司")
                .value(ScaleEnterprises.creditCode(sellerRegion, seller)).value(sellerRegion).value("CN")
                .value(parties.names()[buyer]).value(parties.creditCodes()[buyer]).value(parties.regions()[buyer])
                .money(cents).money(techCents)
                .value(imported.atTime(LocalTime.of(10, 0)).atZone(ReviewClock.ZONE)
                        .toOffsetDateTime())
                .value(stated ? SELLER_NATURES[r.nextInt(SELLER_NATURES.length)] : null)
                .value(stated ? "ENTERPRISE" : null)
                .value(stated ? ScaleContracts.IP_TYPES[r.nextInt(ScaleContracts.IP_TYPES.length)] : null)
                .value(stated ? ScaleContracts.PLAN_SOURCES[r.nextInt(ScaleContracts.PLAN_SOURCES.length)] : null)
                .end();
    }
}
