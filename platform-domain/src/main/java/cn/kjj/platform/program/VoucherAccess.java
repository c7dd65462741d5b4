package cn.kjj.platform.program;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionScope;

/**
 * Who sees and moves a voucher: the enterprise holding it sees its own (and redeems it), the staff
 * those of programs in their reading scope; officials of the program's region and administrators
 * redeem and pay. A voucher outside the reader's sight is 404, as if it did not exist.
 */
record VoucherAccess(ProgramRepository programs, RegionScope scope) {

    Loaded readable(AccountPrincipal reader, InnovationVoucher voucher, long id) {
        if (voucher == null) {
            throw NotFoundException.of("voucher", id);
        }
        Program program = programs.findById(voucher.getProgramId()).orElseThrow();
        if (!canRead(reader, voucher, program)) {
            throw NotFoundException.of("voucher", id);
        }
        return new Loaded(voucher, program);
    }

    boolean canRead(AccountPrincipal reader, InnovationVoucher voucher, Program program) {
        return isHolder(reader, voucher)
                || (reader.keepsRecords() || reader.readsEveryRegion()) && scope.canRead(reader, program.getRegionCode());
    }

    static boolean isHolder(AccountPrincipal reader, InnovationVoucher voucher) {
        return reader.actsForEnterprise() && voucher.getEnterpriseId().equals(reader.enterpriseId());
    }

    boolean isOffice(AccountPrincipal reader, Program program) {
        return reader.keepsRecords() && scope.canWrite(reader, program.getRegionCode());
    }

    /** For a step of the office (pay): 404 outside sight, 403 for a reader who may not take it. */
    Loaded forOffice(AccountPrincipal actor, InnovationVoucher voucher, long id) {
        Loaded loaded = readable(actor, voucher, id);
        if (!isOffice(actor, loaded.program())) {
            throw new AccessDeniedToRecordException("error.voucher.officeOnly",
                    "only officials of the program's region pay vouchers");
        }
        return loaded;
    }

    /** For a redemption: the holder or the office; 404 outside sight, 403 for others (analysts). */
    Loaded forRedemption(AccountPrincipal actor, InnovationVoucher voucher, long id) {
        Loaded loaded = readable(actor, voucher, id);
        if (!isHolder(actor, voucher) && !isOffice(actor, loaded.program())) {
            throw new AccessDeniedToRecordException("error.voucher.holderOrOffice",
                    "only the enterprise holding the voucher or the office redeems it");
        }
        return loaded;
    }

    record Loaded(InnovationVoucher voucher, Program program) {
    }
}
