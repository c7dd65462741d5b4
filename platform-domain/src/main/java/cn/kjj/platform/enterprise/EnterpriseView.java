package cn.kjj.platform.enterprise;

import cn.kjj.platform.registry.RegistryView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One enterprise as its readers see it ({@code GET /api/v1/enterprises/{id}}).
 *
 * @param highTech       a certificate is in force today
 * @param certifiedUntil the last day of the certificate in force today, or {@code null}
 * @param editable       whether the reader may change the record and its certifications
 * @param criteria       R&D staff and expense against the certification thresholds
 */
public record EnterpriseView(Long id, String name, String creditCode, String regionCode, String industry,
                             LocalDate foundedOn, Integer employees, Integer rdStaff, BigDecimal revenue,
                             BigDecimal rdExpense, boolean highTech, LocalDate certifiedUntil,
                             Instant createdAt, Instant updatedAt, long version, boolean editable,
                             HighTechCriteria criteria, OrganisationNature nature) implements RegistryView {
}
