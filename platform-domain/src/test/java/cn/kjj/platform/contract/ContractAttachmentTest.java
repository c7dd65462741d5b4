package cn.kjj.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContractAttachmentTest {

    private static final String SHA = "a".repeat(64);
    private static final Instant NOW = Instant.parse("2024-03-04T02:00:00Z");

    @Test
    void keepsTheMetadataOfAnAcceptedFile() {
        var attachment = new ContractAttachment(9L, "合同扫描件.pdf", "application/pdf", 1234, SHA, 11L, NOW);

        assertThat(attachment.getContractId()).isEqualTo(9L);
        assertThat(attachment.getFilename()).isEqualTo("合同扫描件.pdf");
        assertThat(attachment.getSizeBytes()).isEqualTo(1234);
        assertThat(attachment.getUploadedAt()).isEqualTo(NOW);
    }

    @Test
    void keepsOnlyTheLastSegmentOfAClientPath() {
        assertThat(ContractAttachment.safeFilename("C:\\Users\\张三\\合同.pdf")).isEqualTo("合同.pdf");
        assertThat(ContractAttachment.safeFilename("../../etc/passwd")).isEqualTo("passwd");
        assertThat(ContractAttachment.safeFilename("a\u0000b\r\n.png")).isEqualTo("ab.png");
        assertThat(ContractAttachment.safeFilename("  ")).isEqualTo("attachment");
        assertThat(ContractAttachment.safeFilename(null)).isEqualTo("attachment");
        assertThat(ContractAttachment.safeFilename("x".repeat(300) + ".pdf")).hasSize(255).endsWith(".pdf");
    }

    @Test
    void guardsAgainstACallerThatSkippedTheTypeAndSizeChecks() {
        assertThatThrownBy(() -> new ContractAttachment(9L, "a.gif", "image/gif", 10, SHA, 11L, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContractAttachment(9L, "a.pdf", "application/pdf", 0, SHA, 11L, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContractAttachment(9L, "a.pdf", "application/pdf",
                ContractAttachment.MAX_SIZE_BYTES + 1, SHA, 11L, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContractAttachment(9L, "a.pdf", "application/pdf", 10, "A".repeat(64), 11L, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ContractAttachment(9L, "a.png", "image/png", ContractAttachment.MAX_SIZE_BYTES, SHA, null, NOW)
                .getSizeBytes()).isEqualTo(20L * 1024 * 1024);
    }

    @Test
    void theContentIsInsertedOnceAndCopiedDefensively() {
        byte[] bytes = {1, 2, 3};
        var content = new ContractAttachmentContent(4L, bytes);
        bytes[0] = 9;

        assertThat(content.isNew()).isTrue();
        assertThat(content.getId()).isEqualTo(4L);
        assertThat(content.getContent()).containsExactly(1, 2, 3);
        content.markNotNew();
        assertThat(content.isNew()).isFalse();
        assertThatThrownBy(() -> new ContractAttachmentContent(4L, new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
