package cn.kjj.platform.program;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface VoucherRepository extends JpaRepository<InnovationVoucher, Long> {

    /** The voucher, locked until the transaction ends, so that two redemptions or payments are one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from InnovationVoucher v where v.id = :id")
    Optional<InnovationVoucher> findByIdForUpdate(@Param("id") Long id);

    /** What expired vouchers leave unreleased: past their last day, not released, not redeemed in full. */
    String UNRELEASED_EXPIRED = """
            v.validTo < :today and v.releasedOn is null
              and (v.redeemedAmount is null or v.redeemedAmount < v.amount)""";

    /**
     * The program's vouchers with an unreleased expired part (decision 0051), locked until the transaction
     * ends; the caller holds the program's row first (the order of every budget step, so no deadlock).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from InnovationVoucher v where v.programId = :programId and " + UNRELEASED_EXPIRED
            + " order by v.id")
    List<InnovationVoucher> findUnreleasedExpiredForUpdate(@Param("programId") Long programId,
                                                           @Param("today") LocalDate today);

    /** The programs that have a voucher with an unreleased expired part. */
    @Query("select distinct v.programId from InnovationVoucher v where " + UNRELEASED_EXPIRED)
    List<Long> findProgramsWithUnreleasedExpired(@Param("today") LocalDate today);

    List<InnovationVoucher> findByEnterpriseIdOrderByIssuedOnDescIdDesc(Long enterpriseId);

    List<InnovationVoucher> findByProgramId(Long programId);

    /**
     * Vouchers of programs in the regions (every region when {@code everyRegion}; the codes must then still be
     * non-empty), of a program and an enterprise when given, stored in {@code stored} (any when null) and,
     * when {@code expired} is given, past their last day ({@code true}) or not ({@code false}) on {@code today}.
     */
    @Query("""
            select v from InnovationVoucher v, Program p
            where p.id = v.programId and (:everyRegion = true or p.details.regionCode in :regionCodes)
              and (:programId is null or v.programId = :programId)
              and (:enterpriseId is null or v.enterpriseId = :enterpriseId)
              and (:stored is null or v.status = :stored)
              and (:expired is null or (:expired = true and v.validTo < :today)
                   or (:expired = false and v.validTo >= :today))""")
    Page<InnovationVoucher> search(@Param("everyRegion") boolean everyRegion,
                                   @Param("regionCodes") Collection<String> regionCodes,
                                   @Param("programId") Long programId, @Param("enterpriseId") Long enterpriseId,
                                   @Param("stored") VoucherStatus stored, @Param("expired") Boolean expired,
                                   @Param("today") LocalDate today, Pageable pageable);
}
