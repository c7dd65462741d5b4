package cn.kjj.platform.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.http.RequestIdFilter;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The request id is in the logging context while the request runs, and only then. */
class RequestIdFilterTest {

    @Test
    void theIdIsInTheMdcDuringTheRequestAndGoneAfterIt() throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/me");
        request.addHeader(RequestIdFilter.HEADER, "client-7");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new RequestIdFilter().doFilter(request, response,
                new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
                    @Override
                    protected void service(jakarta.servlet.http.HttpServletRequest req,
                                           jakarta.servlet.http.HttpServletResponse res) {
                        seen.set(MDC.get(RequestIdFilter.MDC_KEY));
                    }
                }));

        assertThat(seen).hasValue("client-7");
        assertThat(response.getHeader(RequestIdFilter.HEADER)).isEqualTo("client-7");
        assertThat(RequestIdFilter.of(request)).isEqualTo("client-7");
        assertThat(MDC.get(RequestIdFilter.MDC_KEY)).isNull();
    }
}
