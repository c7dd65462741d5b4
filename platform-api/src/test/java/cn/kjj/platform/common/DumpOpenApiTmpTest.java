package cn.kjj.platform.common;

import cn.kjj.platform.ApiTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@ApiTest
class DumpOpenApiTmpTest {
    @Autowired
    MockMvcTester mvc;

    @Test
    void dump() throws Exception {
        var r = mvc.get().uri("/v3/api-docs").exchange();
        Files.writeString(Path.of(System.getProperty("dump.to", "/tmp/reg/openapi.json")),
                r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
