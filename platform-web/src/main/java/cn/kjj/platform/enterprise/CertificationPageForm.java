package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.InvalidInputException.FieldError;
import java.util.List;
import java.util.Locale;

/** The certification form as the browser sends it, every field as typed. */
record CertificationPageForm(String certificateNo, String kind, String issuedOn, String expiresOn) {

    static final List<String> FIELDS = List.of("kind", "certificateNo", "issuedOn", "expiresOn");

    static CertificationPageForm blank(CertificationKind kind) {
        return new CertificationPageForm(null, kind.name(), null, null);
    }

    NewCertification toNewCertification(List<FieldError> errors) {
        return new NewCertification(certificateNo, kind(errors),
                EnterprisePageForm.date("issuedOn", issuedOn, errors),
                EnterprisePageForm.date("expiresOn", expiresOn, errors));
    }

    private CertificationKind kind(List<FieldError> errors) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return CertificationKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("kind", "certification.form.kind.invalid", "must be initial or renewal"));
            return null;
        }
    }
}
