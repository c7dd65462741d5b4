package cn.kjj.platform.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void aVersionIsAQuotedEntityTag() {
        assertThat(ETags.of(3)).isEqualTo("\"3\"");
    }

    @Test
    void noIfMatchAStarOrTheCurrentVersionPass() {
        assertThatCode(() -> {
            ETags.checkIfMatch(null, 3, "account", 1L);
            ETags.checkIfMatch("*", 3, "account", 1L);
            ETags.checkIfMatch("\"3\"", 3, "account", 1L);
            ETags.checkIfMatch("\"2\", \"3\"", 3, "account", 1L);
        }).doesNotThrowAnyException();
    }

    @Test
    void anOtherVersionOrGarbageIsAFailedPrecondition() {
        assertThatThrownBy(() -> ETags.checkIfMatch("\"2\"", 3, "account", 1L))
                .isInstanceOf(PreconditionFailedException.class);
        assertThatThrownBy(() -> ETags.checkIfMatch("abc", 3, "account", 1L))
                .isInstanceOf(PreconditionFailedException.class);
    }
}
