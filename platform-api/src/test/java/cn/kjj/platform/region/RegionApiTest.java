package cn.kjj.platform.region;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@ApiTest
class RegionApiTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiFixtures fixtures;

    @Test
    void regionsAreListedWithNamesLevelAndParent() {
        assertThat(mvc.get().uri("/api/v1/regions").header(HttpHeaders.AUTHORIZATION, fixtures.bearer(Role.ENTERPRISE)))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$[?(@.code == '440704')].name", v -> v.assertThat().asList().containsExactly("江海区"))
                .hasPathSatisfying("$[?(@.code == '440704')].nameEn", v -> v.assertThat().asList().containsExactly("Jianghai"))
                .hasPathSatisfying("$[?(@.code == '440704')].level", v -> v.assertThat().asList().containsExactly("DISTRICT"))
                .hasPathSatisfying("$[?(@.code == '440704')].parentCode", v -> v.assertThat().asList().containsExactly("440700"))
                .hasPathSatisfying("$[?(@.code == '440000')].level", v -> v.assertThat().asList().containsExactly("PROVINCE"))
                .hasPathSatisfying("$[0].code", v -> v.assertThat().isEqualTo("440000"));
    }
}
