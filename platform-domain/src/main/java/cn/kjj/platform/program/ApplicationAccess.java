package cn.kjj.platform.program;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionScope;

/**
 * Who sees and decides an application: the applicant enterprise sees its own, the staff those of
 * programs in their reading scope; officials of the program's region and administrators decide.
 * An application outside the caller's sight is 404, as if it did not exist. The services that read and change
 * applications each hold one.
 */
record ApplicationAccess(ProgramApplicationRepository applications, ProgramRepository programs, RegionScope scope) {

    /** The application and its program, when the reader may see it; 404 otherwise. */
    Loaded readable(AccountPrincipal reader, long applicationId) {
        return readable(reader, applications.findById(applicationId)
                .orElseThrow(() -> NotFoundException.of("programApplication", applicationId)));
    }

    Loaded readable(AccountPrincipal reader, ProgramApplication application) {
        Program program = programs.findById(application.getProgramId()).orElseThrow();
        if (!canRead(reader, application, program)) {
            throw NotFoundException.of("programApplication", application.getId());
        }
        return new Loaded(application, program);
    }

    boolean canRead(AccountPrincipal reader, ProgramApplication application, Program program) {
        return isApplicant(reader, application)
                || (reader.keepsRecords() || reader.readsEveryRegion()) && scope.canRead(reader, program.getRegionCode());
    }

    static boolean isApplicant(AccountPrincipal reader, ProgramApplication application) {
        return reader.actsForEnterprise() && application.getEnterpriseId().equals(reader.enterpriseId());
    }

    /** The application and its program without asking who reads: for a caller already checked otherwise. */
    Loaded unchecked(long applicationId) {
        ProgramApplication application = applications.findById(applicationId)
                .orElseThrow(() -> NotFoundException.of("programApplication", applicationId));
        return new Loaded(application, programs.findById(application.getProgramId()).orElseThrow());
    }

    /** The application for a decision of the office: 404 outside sight, 403 for a reader who may not decide. */
    Loaded decidable(AccountPrincipal actor, long applicationId) {
        return decidable(actor, applications.findById(applicationId)
                .orElseThrow(() -> NotFoundException.of("programApplication", applicationId)));
    }

    Loaded decidable(AccountPrincipal actor, ProgramApplication application) {
        Loaded loaded = readable(actor, application);
        if (!scope.canWrite(actor, loaded.program().getRegionCode())) {
            throw new AccessDeniedToRecordException("error.programApplication.officeOnly",
                    "only officials of the program's region decide applications");
        }
        return loaded;
    }

    /** The application for its applicant's own step (resubmit, attach): 404 outside sight, 403 for others. */
    Loaded ownedBy(AccountPrincipal actor, long applicationId) {
        Loaded loaded = readable(actor, applicationId);
        if (!isApplicant(actor, loaded.application())) {
            throw new AccessDeniedToRecordException("error.programApplication.applicantOnly",
                    "only the applicant enterprise does this");
        }
        return loaded;
    }

    record Loaded(ProgramApplication application, Program program) {
    }
}
