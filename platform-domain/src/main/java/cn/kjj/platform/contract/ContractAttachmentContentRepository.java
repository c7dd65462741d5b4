package cn.kjj.platform.contract;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractAttachmentContentRepository extends JpaRepository<ContractAttachmentContent, Long> {
}
