package cn.kjj.platform.imports;

import cn.kjj.platform.common.CsvCopy;
import cn.kjj.platform.contract.ExternalRegistrationDetails;
import cn.kjj.platform.enterprise.EnterpriseDetails;
import cn.kjj.platform.incubator.IncubatorDetails;
import cn.kjj.platform.lab.LabDetails;
import cn.kjj.platform.sme.TechSmeDetails;
import cn.kjj.platform.matching.AchievementDetails;
import java.util.List;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes imported rows with PostgreSQL's {@code COPY ... FROM STDIN} on the transaction's own
 * connection, {@value CsvCopy#CHUNK} rows per statement: the fastest way in, and every check, unique
 * index and foreign key of the schema still applies to every row. Omitted columns (ids, created
 * and updated times, versions) take their defaults.
 */
@Repository
class JdbcImportWriter implements ImportWriter {

    private final CsvCopy copy;

    JdbcImportWriter(CsvCopy copy) {
        this.copy = copy;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void insertEnterprises(List<EnterpriseDetails> rows, IntConsumer progress) {
        copy.copy("enterprise (name, credit_code, region_code, industry, founded_on, employees, rd_staff, revenue, "
                + "rd_expense)", rows, e -> new Object[] {e.name(), e.creditCode(), e.regionCode(), e.industry(),
                        e.foundedOn(), e.employees(), e.rdStaff(), e.revenue(), e.rdExpense()}, progress);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void insertCertifications(List<ImportedCertification> rows, IntConsumer progress) {
        copy.copy("high_tech_certification (enterprise_id, certificate_no, kind, issued_on, expires_on)", rows,
                c -> new Object[] {c.enterpriseId(), c.certificateNo(), c.kind().name(), c.issuedOn(), c.expiresOn()},
                progress);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void insertIncubators(List<IncubatorDetails> rows, IntConsumer progress) {
        copy.copy("incubator (name, kind, level, region_code, operator, area_sqm, tenant_count, graduated_count, "
                + "recognized_on)", rows, i -> new Object[] {i.name(), i.kind().name(), i.level().name(),
                        i.regionCode(), i.operator(), i.areaSqm(), i.tenantCount(), i.graduatedCount(),
                        i.recognizedOn()}, progress);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void insertLabs(List<LabDetails> rows, IntConsumer progress) {
        copy.copy("lab (name, kind, level, region_code, host_enterprise_id, host_institution, recognized_on)", rows,
                l -> new Object[] {l.name(), l.kind().name(), l.level().name(), l.regionCode(), l.hostEnterpriseId(),
                        l.hostInstitution(), l.recognizedOn()}, progress);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void insertTechSmes(List<TechSmeDetails> rows, IntConsumer progress) {
        copy.copy("tech_sme (enterprise_id, year, registration_no, score, region_code)", rows,
                s -> new Object[] {s.enterpriseId(), s.year(), s.registrationNo(), s.score(), s.regionCode()}, progress);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void insertAchievements(List<AchievementDetails> rows, IntConsumer progress) {
        copy.copy("achievement (title, holder, holder_nature, field, ip_type, maturity, transfer_modes, price_hint, "
                + "summary, contact, region_code, search_title, search_body)", rows, a -> new Object[] {a.title(),
                        a.holder(), a.holderNature().name(), a.field().name(), a.ipType().name(), a.maturity().name(),
                        a.transferModes().stream().map(Enum::name).collect(java.util.stream.Collectors.joining(",")),
                        a.priceHint(), a.summary(), a.contact(), a.regionCode(), a.titleWords(), a.bodyWords()},
                progress);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void insertExternalContracts(List<ExternalRegistrationDetails> rows, IntConsumer progress) {
        copy.copy("external_contract_registration (registration_no, registering_region_code, registered_on, signed_on, "
                + "type, technology_field, seller_name, seller_credit_code, seller_region_code, seller_country, "
                + "buyer_name, buyer_credit_code, buyer_region_code, contract_amount, tech_transaction_amount, "
                + "seller_nature, buyer_nature, ip_type, plan_source)", rows,
                c -> new Object[] {c.registrationNo(), c.registeringRegionCode(), c.registeredOn(), c.signedOn(),
                        c.type().name(), c.technologyField().name(), c.sellerName(), c.sellerCreditCode(),
                        c.sellerRegionCode(), c.sellerCountry(), c.buyerName(), c.buyerCreditCode(), c.regionCode(),
                        c.contractAmount(), c.techTransactionAmount(), name(c.sellerNature()), name(c.buyerNature()),
                        name(c.ipType()), name(c.planSource())}, progress);
    }

    private static String name(Enum<?> constant) {
        return constant == null ? null : constant.name();
    }
}
