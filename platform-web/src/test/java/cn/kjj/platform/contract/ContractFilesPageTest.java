package cn.kjj.platform.contract;

import static cn.kjj.platform.contract.ContractPageFixtures.ENTERPRISE;
import static cn.kjj.platform.contract.ContractPageFixtures.OFFICIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.identity.AccountPrincipal;
import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class ContractFilesPageTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ContractQueries queries;

    ContractPageFixtures fixtures;
    AccountPrincipal enterprise;
    AccountPrincipal official;

    @BeforeEach
    void setUp() {
        fixtures = new ContractPageFixtures(context);
        enterprise = fixtures.principal(ENTERPRISE);
        official = fixtures.principal(OFFICIAL);
    }

    @Test
    void theOwnerUploadsAPdfAndAnOfficialOpensItInlineWithItsStoredType() throws Exception {
        ContractView contract = fixtures.fileForDemoEnterprise(ContractPageFixtures.unique("附件"), false);

        mvc.perform(multipart("/contracts/{id}/attachments", contract.id())
                        .file(new MockMultipartFile("file", "技术开发合同.pdf", "application/octet-stream", PDF))
                        .with(user(enterprise)).with(csrf()))
                .andExpect(redirectedUrl("/contracts/" + contract.id()))
                .andExpect(flash().attribute("notice", "已上传附件 技术开发合同.pdf。"));

        ContractView.AttachmentView attachment = queries.get(enterprise, contract.id()).attachments().get(0);
        String page = mvc.perform(get("/contracts/{id}", contract.id()).with(user(official)))
                .andReturn().getResponse().getContentAsString();
        String href = "/contracts/" + contract.id() + "/attachments/" + attachment.id();
        assertThat(page).containsPattern("href=\"" + href + "\" target=\"_blank\"\\s+rel=\"noopener\">技术开发合同.pdf</a>")
                .contains(attachment.sha256())
                .doesNotContain("enctype=\"multipart/form-data\"");

        mvc.perform(get(href).with(user(official)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("inline; ")))
                .andExpect(header().string("Content-Disposition",
                        Matchers.containsString("filename*=UTF-8''%E6%8A%80%E6%9C%AF%E5%BC%80%E5%8F%91%E5%90%88%E5%90%8C.pdf")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(PDF));
    }

    @Test
    void anImageAttachmentIsPreviewedOnThePage() throws Exception {
        ContractView contract = fixtures.fileForDemoEnterprise(ContractPageFixtures.unique("图片"), true);
        mvc.perform(multipart("/contracts/{id}/attachments", contract.id())
                        .file(new MockMultipartFile("file", "scan.png", "image/png", PNG))
                        .with(user(enterprise)).with(csrf()))
                .andExpect(flash().attribute("notice", "已上传附件 scan.png。"));
        long id = queries.get(enterprise, contract.id()).attachments().get(0).id();

        String page = mvc.perform(get("/contracts/{id}", contract.id()).with(user(enterprise)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<img src=\"/contracts/" + contract.id() + "/attachments/" + id + "\" alt=\"附件 scan.png 的预览\"");
        mvc.perform(get("/contracts/{id}/attachments/{aid}", contract.id(), id).with(user(enterprise)))
                .andExpect(header().string("Content-Type", "image/png"));
    }

    @Test
    void aRenamedExecutableIsRefusedWithAMessageAndNotStored() throws Exception {
        ContractView contract = fixtures.fileForDemoEnterprise(ContractPageFixtures.unique("可执行"), false);
        mvc.perform(multipart("/contracts/{id}/attachments", contract.id())
                        .file(new MockMultipartFile("file", "contract.pdf", "application/pdf",
                                new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}))
                        .with(user(enterprise)).with(csrf()))
                .andExpect(redirectedUrl("/contracts/" + contract.id()))
                .andExpect(flash().attribute("error", "只接受 PDF、JPEG 或 PNG 文件（按文件内容判断）。"));
        mvc.perform(multipart("/contracts/{id}/attachments", contract.id())
                        .with(user(enterprise)).with(csrf()))
                .andExpect(flash().attribute("error", "请先选择要上传的文件。"));
        assertThat(queries.get(enterprise, contract.id()).attachments()).isEmpty();
    }

    @Test
    void anOfficialCannotUploadToAnEnterprisesContract() throws Exception {
        ContractView contract = fixtures.fileForDemoEnterprise(ContractPageFixtures.unique("他人上传"), true);
        mvc.perform(multipart("/contracts/{id}/attachments", contract.id())
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))
                        .with(user(official)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCertificateOfARegisteredContractDownloadsAsAPdfWithItsNumberInTheName() throws Exception {
        ContractView contract = fixtures.fileForDemoEnterprise(ContractPageFixtures.unique("证明"), true);
        assertThat(mvc.perform(get("/contracts/{id}", contract.id()).with(user(enterprise)))
                .andReturn().getResponse().getContentAsString()).doesNotContain("certificate-link");
        mvc.perform(get("/contracts/{id}/certificate", contract.id()).with(user(enterprise)))
                .andExpect(status().isNotFound());

        ContractView registered = context.getBean(ContractService.class).register(official, contract.id(), null);
        assertThat(mvc.perform(get("/contracts/{id}", contract.id()).with(user(enterprise)))
                .andReturn().getResponse().getContentAsString())
                .contains("href=\"/contracts/" + contract.id() + "/certificate\" download");
        byte[] pdf = mvc.perform(get("/contracts/{id}/certificate", contract.id()).with(user(enterprise)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment; ")))
                .andExpect(header().string("Content-Disposition", Matchers.endsWith(
                        "filename*=UTF-8''%E6%8A%80%E6%9C%AF%E5%90%88%E5%90%8C%E7%99%BB%E8%AE%B0%E8%AF%81%E6%98%8E-"
                                + registered.registrationNo() + ".pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void anotherDistrictsOfficialCannotReadTheAttachments() throws Exception {
        ContractView contract = fixtures.fileInPengjiang(ContractPageFixtures.unique("他区附件"));
        mvc.perform(get("/contracts/{id}/attachments/{aid}", contract.id(), 1L).with(user(official)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/contracts/{id}/certificate", contract.id()).with(user(official)))
                .andExpect(status().isNotFound());
    }
}
