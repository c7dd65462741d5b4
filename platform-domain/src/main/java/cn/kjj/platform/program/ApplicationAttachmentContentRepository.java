package cn.kjj.platform.program;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationAttachmentContentRepository extends JpaRepository<ApplicationAttachmentContent, Long> {
}
