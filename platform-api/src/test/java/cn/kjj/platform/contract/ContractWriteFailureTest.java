package cn.kjj.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiTest;
import cn.kjj.platform.contract.ContractApi.Seller;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Acceptance (issue 8): a write that fails half-way leaves nothing behind. The database itself
 * refuses the last write of the request (a trigger raising "disk full", as a full disk would):
 * the client gets a clean 503 problem to retry, and no contract, attachment, history entry,
 * audit event or idempotency key of the failed request remains.
 */
@ApiTest
class ContractWriteFailureTest {

    private static final byte[] PDF = "%PDF-1.4\nscan of the signed contract".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    ContractApi api;

    @Test
    void anAttachmentWhoseBytesCannotBeWrittenLeavesNoAttachmentAndNoAuditEvent() {
        Seller seller = api.seller();
        long contractId = api.submitted(seller);
        Map<String, Long> before = api.rowCounts();

        try (DiskFull fault = new DiskFull(api.fixtures().jdbc(), "contract_attachment_content")) {
            assertCleanUnavailable(upload(seller, contractId));
        }

        assertThat(api.rowCounts()).isEqualTo(before);
        assertThat(api.read(seller.bearer(), contractId).get("attachments").isEmpty()).isTrue();
        assertThat(upload(seller, contractId)).as("the same upload once the disk has room").hasStatus(HttpStatus.CREATED);
    }

    @Test
    void aFilingWhoseLastWriteFailsLeavesNoContractNoHistoryNoAuditEventAndNoKey() {
        Seller seller = api.seller();
        String key = UUID.randomUUID().toString();
        String body = ContractApi.json(ContractApi.contract());
        Map<String, Long> before = api.rowCounts();

        try (DiskFull fault = new DiskFull(api.fixtures().jdbc(), "idempotency_key")) {
            assertCleanUnavailable(file(seller, key, body));
        }

        assertThat(api.rowCounts()).isEqualTo(before);
        assertThat(file(seller, key, body)).as("the client's retry with the same key").hasStatus(HttpStatus.CREATED);
        assertThat(file(seller, key, body)).as("and its retry").hasStatus(HttpStatus.OK);
        assertThat(api.count("select count(*) from technology_contract where seller_id = ?", seller.id())).isEqualTo(1);
    }

    private static void assertCleanUnavailable(MvcTestResult result) {
        assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.unavailable"));
        assertThat(result).headers().hasValue(HttpHeaders.RETRY_AFTER, "10");
        assertThat(ContractApi.body(result)).doesNotContain("space", "trigger", "insert", "Exception");
    }

    private MvcTestResult upload(Seller seller, long contractId) {
        return api.mvc().post().uri(ContractApi.CONTRACTS + "/{id}/attachments", contractId)
                .header(HttpHeaders.AUTHORIZATION, seller.bearer())
                .multipart().file(new MockMultipartFile("file", "合同扫描件.pdf", "application/pdf", PDF))
                .exchange();
    }

    private MvcTestResult file(Seller seller, String key, String body) {
        return api.mvc().post().uri(ContractApi.CONTRACTS).header(HttpHeaders.AUTHORIZATION, seller.bearer())
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    /** While open, every insert into the table fails as on a full disk (SQLSTATE 53100). */
    private static final class DiskFull implements AutoCloseable {

        private final JdbcClient jdbc;
        private final String table;

        DiskFull(JdbcClient jdbc, String table) {
            this.jdbc = jdbc;
            this.table = table;
            jdbc.sql("""
                    create or replace function test_disk_full() returns trigger language plpgsql as $$
                    begin
                      raise exception 'could not extend file: No space left on device' using errcode = 'disk_full';
                    end $$""").update();
            jdbc.sql("create trigger test_disk_full before insert on " + table
                    + " for each row execute function test_disk_full()").update();
        }

        @Override
        public void close() {
            jdbc.sql("drop trigger test_disk_full on " + table).update();
            jdbc.sql("drop function test_disk_full()").update();
        }
    }
}
