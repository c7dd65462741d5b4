package cn.kjj.platform.imports;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One query per question and file, with the keys as one array parameter. */
@Repository
class JdbcImportLookups implements ImportLookups {

    private final JdbcClient jdbc;

    JdbcImportLookups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, EnterpriseRef> enterprisesByCreditCode(Collection<String> creditCodes) {
        Map<String, EnterpriseRef> result = new HashMap<>();
        if (creditCodes.isEmpty()) {
            return result;
        }
        jdbc.sql("select id, credit_code, region_code from enterprise where credit_code = any(?)")
                .param(creditCodes.toArray(String[]::new))
                .query(rs -> {
                    result.put(rs.getString("credit_code"), new EnterpriseRef(rs.getLong("id"),
                            rs.getString("region_code")));
                });
        return result;
    }

    @Override
    public Set<String> existingCertificateNumbers(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select certificate_no from high_tech_certification where certificate_no = any(?)")
                .param(numbers.toArray(String[]::new))
                .query(String.class).list());
    }

    @Override
    public Set<String> registrationNumbersHeld(Collection<String> numbers, boolean imported) {
        if (numbers.isEmpty()) {
            return Set.of();
        }
        // one of two constants, never input
        String table = imported ? "external_contract_registration" : "technology_contract";
        return new HashSet<>(jdbc.sql("select registration_no from " + table + " where registration_no = any(?)")
                .param(numbers.toArray(String[]::new))
                .query(String.class).list());
    }

    @Override
    public Set<NameInRegion> incubatorsIn(Collection<String> regionCodes) {
        return namesIn("incubator", regionCodes);
    }

    @Override
    public Set<NameInRegion> labsIn(Collection<String> regionCodes) {
        return namesIn("lab", regionCodes);
    }

    @Override
    public Set<String> techSmeYears(Collection<Long> enterpriseIds) {
        if (enterpriseIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select enterprise_id || '/' || year from tech_sme where enterprise_id = any(?)")
                .param(enterpriseIds.toArray(Long[]::new)).query(String.class).list());
    }

    @Override
    public Set<String> techSmeNumbers(Collection<String> registrationNos) {
        if (registrationNos.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select year || '/' || registration_no from tech_sme where registration_no = any(?)")
                .param(registrationNos.toArray(String[]::new)).query(String.class).list());
    }

    @Override
    public Set<HolderTitle> achievementsOf(Collection<String> holders) {
        Set<HolderTitle> result = new HashSet<>();
        if (!holders.isEmpty()) {
            jdbc.sql("select holder, title from achievement where holder = any(?)")
                    .param(holders.toArray(String[]::new))
                    .query(rs -> {
                        result.add(HolderTitle.of(rs.getString("holder"), rs.getString("title")));
                    });
        }
        return result;
    }

    private Set<NameInRegion> namesIn(String table, Collection<String> regionCodes) {
        Set<NameInRegion> result = new HashSet<>();
        if (regionCodes.isEmpty()) {
            return result;
        }
        // table is one of two constants, never input
        jdbc.sql("select name, region_code from " + table + " where region_code = any(?)")
                .param(regionCodes.toArray(String[]::new))
                .query(rs -> {
                    result.add(NameInRegion.of(rs.getString("name"), rs.getString("region_code")));
                });
        return result;
    }
}
