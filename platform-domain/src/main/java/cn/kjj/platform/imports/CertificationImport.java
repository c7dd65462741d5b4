package cn.kjj.platform.imports;

import cn.kjj.platform.enterprise.CertificationKind;
import cn.kjj.platform.enterprise.CreditCode;
import cn.kjj.platform.enterprise.HighTechCertification;
import cn.kjj.platform.enterprise.HighTechRollup;
import cn.kjj.platform.imports.ImportLookups.EnterpriseRef;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;

/**
 * High-tech certificates of registered enterprises, named by credit code. The certificate is
 * checked by {@link HighTechCertification}'s own constructor (number format, validity of three
 * years when no expiry date is given); a number already registered or repeated is an error.
 */
@Component
record CertificationImport(ImportLookups lookups, ImportWriter writer, HighTechRollup highTech, Clock clock)
        implements KindImport<CertificationImport.Line, ImportedCertification> {

    /** A row checked on its own; the enterprise is looked up with the others. */
    record Line(String creditCode, HighTechCertification certificate) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.CERTIFICATIONS;
    }

    @Override
    public Line parse(ImportRow row, ImportScope scope) {
        String rawCode = row.text("creditCode");
        CreditCode code = null;
        if (rawCode == null) {
            row.error("creditCode", "error.field.required", "is required");
        } else {
            code = row.check(() -> CreditCode.of(rawCode));
        }
        CertificationKind kind = row.choice("kind", CertificationKind.class, CertificationKind::nameZh,
                CertificationKind::nameEn);
        CertificationKind checkedKind = kind == null && row.text("kind") == null ? CertificationKind.INITIAL : kind;
        String number = row.text("certificateNo");
        var issuedOn = row.date("issuedOn");
        var expiresOn = row.date("expiresOn");
        Instant now = clock.instant();
        // enterprise id 0 stands in until resolve(): the constructor checks the certificate itself
        HighTechCertification certificate = row.check(() ->
                new HighTechCertification(0L, number, checkedKind, issuedOn, expiresOn, now));
        if (code == null || certificate == null || row.hasErrors()) {
            return null;
        }
        return new Line(code.value(), certificate);
    }

    @Override
    public List<ImportedCertification> resolve(List<Parsed<Line>> rows, ImportScope scope) {
        Map<String, EnterpriseRef> enterprises = lookups.enterprisesByCreditCode(
                rows.stream().map(p -> p.value().creditCode()).distinct().toList());
        Set<String> registered = lookups.existingCertificateNumbers(
                rows.stream().map(p -> p.value().certificate().getCertificateNo()).toList());
        Map<String, Integer> firstLine = new HashMap<>();
        List<ImportedCertification> result = new ArrayList<>(rows.size());
        for (Parsed<Line> parsed : rows) {
            HighTechCertification c = parsed.value().certificate();
            EnterpriseRef enterprise = enterprises.get(parsed.value().creditCode());
            // an enterprise outside the importer's region reads as unknown: its existence is not revealed
            if (enterprise == null || !scope.covers(enterprise.regionCode())) {
                parsed.row().error("creditCode", "error.import.enterpriseNotFound",
                        "names no registered enterprise in your region");
            }
            if (parsed.firstOf(firstLine, c.getCertificateNo(), "certificateNo")
                    && registered.contains(c.getCertificateNo())) {
                parsed.row().error("certificateNo", "error.import.certificateExists", "is already registered");
            }
            if (enterprise != null) {
                result.add(new ImportedCertification(enterprise.id(), c.getCertificateNo(), c.getKind(), c.getIssuedOn(),
                        c.getExpiresOn()));
            }
        }
        return result;
    }

    @Override
    public WriteCounts write(List<ImportedCertification> rows, ImportScope scope, IntConsumer progress) {
        writer.insertCertifications(rows, progress);
        // the high-tech roll-up follows in the same transaction, for the enterprises touched only
        highTech.recompute(rows.stream().map(ImportedCertification::enterpriseId).distinct().toList());
        return new WriteCounts(rows.size(), 0);
    }
}
