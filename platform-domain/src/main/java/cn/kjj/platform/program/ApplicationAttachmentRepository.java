package cn.kjj.platform.program;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationAttachmentRepository extends JpaRepository<ApplicationAttachment, Long> {

    List<ApplicationAttachment> findByApplicationIdOrderByIdAsc(Long applicationId);

    Optional<ApplicationAttachment> findByIdAndApplicationId(Long id, Long applicationId);
}
