package cn.kjj.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code bin/platform}, the README's and the Docker image's way to start the platform (decision 0062), run by
 * {@code ops/platform-script-check.sh} with a stand-in {@code java}: starts at the same time after a build extract
 * the layout once, a training run stopped with SIGTERM keeps its class archive, and a first start that fails keeps
 * none (the next start trains again instead of sharing the classes of a failed start).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PlatformScriptTest {

    @Test
    void aFailedStartKeepsNoClassArchiveAndStartsAtOnceExtractTheLayoutOnce() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        Process check = new ProcessBuilder("bash", root.resolve("ops/platform-script-check.sh").toString())
                .redirectErrorStream(true).start();
        String out = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(check.waitFor()).as(out).isZero();
        assertThat(out).doesNotContain("FAIL")
                .contains("ok   two starts at once extract the layout once",
                        "ok   a training run stopped with SIGTERM keeps its archive",
                        "ok   a failed training run keeps no archive",
                        "ok   after a failed start the next run trains again");
    }
}
