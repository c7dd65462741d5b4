package cn.kjj.platform.matching;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.contract.ContractApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** The supply-and-demand API as the tests call it. */
@Component
public class MatchingApi {

    private final MockMvcTester mvc;

    MatchingApi(MockMvcTester mvc) {
        this.mvc = mvc;
    }

    public MockMvcTester mvc() {
        return mvc;
    }

    /**
     * A made-up word, unique per test, that the segmenter keeps whole (Latin consonants: no stemming
     * touches them), so that a search can be narrowed to one test's records.
     */
    public static String tag() {
        String letters = "bcdfghjkmnpqrtvwxz";
        StringBuilder tag = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            tag.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return tag.toString();
    }

    public static Map<String, Object> achievement(String title, String field, String summary, String region) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("holder", "五邑大学");
        body.put("holderNature", "UNIVERSITY");
        body.put("field", field);
        body.put("ipType", "PATENT");
        body.put("maturity", "PILOT");
        body.put("transferModes", List.of("LICENSING", "TRANSFER"));
        body.put("priceHint", "面议");
        body.put("summary", summary);
        body.put("contact", "科研处");
        body.put("regionCode", region);
        return body;
    }

    public static Map<String, Object> demand(String title, String field, String summary) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("field", field);
        body.put("summary", summary);
        body.put("budget", "500000.00");
        body.put("deadline", ContractApi.today().plusMonths(6).toString());
        return body;
    }

    public MvcTestResult post(String bearer, String uri, Object body) {
        return mvc.post().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON)
                .content(ContractApi.json(body)).exchange();
    }

    public MvcTestResult put(String bearer, String uri, Object body) {
        return mvc.put().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON)
                .content(ContractApi.json(body)).exchange();
    }

    public MvcTestResult get(String bearer, String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }

    /** Posts and checks the 201; the record's id. */
    public long created(String bearer, String uri, Object body) {
        MvcTestResult result = post(bearer, uri, body);
        assertThat(result).as(() -> ContractApi.body(result)).hasStatus(HttpStatus.CREATED);
        return ContractApi.id(result);
    }

    public JsonNode read(String bearer, String uri) {
        MvcTestResult result = get(bearer, uri);
        assertThat(result).as(() -> ContractApi.body(result)).hasStatusOk();
        return ContractApi.json(result);
    }

    /** The titles of a list's content, in order. */
    public List<String> titles(String bearer, String uri) {
        JsonNode page = read(bearer, uri);
        return java.util.stream.StreamSupport.stream(page.get("content").spliterator(), false)
                .map(n -> n.get("title").asString()).toList();
    }
}
