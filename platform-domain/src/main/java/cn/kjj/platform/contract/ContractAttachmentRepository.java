package cn.kjj.platform.contract;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractAttachmentRepository extends JpaRepository<ContractAttachment, Long> {

    List<ContractAttachment> findByContractIdOrderByUploadedAtAscIdAsc(Long contractId);

    /** An attachment only through its own contract, so that ids of other contracts find nothing. */
    Optional<ContractAttachment> findByIdAndContractId(Long id, Long contractId);
}
