package cn.kjj.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.common.PreconditionFailedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The save step of every portal form: what the reader sees (the form again, messages beside its
 * fields or above it) and the status, for each way a save can fail.
 */
class FormSubmissionTest {

    private static final List<String> FIELDS = List.of("name", "code", "amount");
    private static final String SAVED = "redirect:/things/1";

    private final StaticMessageSource source = new StaticMessageSource();
    private final PortalMessages messages = new PortalMessages(source, new PortalFormats());
    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final AtomicReference<FormErrors> shown = new AtomicReference<>();

    FormSubmissionTest() {
        source.addMessage("error.field.required", Locale.CHINA, "必填");
        source.addMessage("error.thing.duplicate", Locale.CHINA, "代码 {0} 已登记");
        source.addMessage("error.thing.closed", Locale.CHINA, "已关闭，不能修改");
        source.addMessage(FormSubmission.STALE, Locale.CHINA, "该记录已被他人修改");
        source.addMessage("thing.form.stale", Locale.CHINA, "这件事刚被他人修改");
    }

    @Test
    void aSaveThatWorksFollowsItsRedirect() {
        assertThat(submission(List.of()).save(() -> SAVED, this::form)).isEqualTo(SAVED);
        assertThat(shown.get()).isNull();
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void problemsOfTheReadingAndTheDomainsRulesAllShowBesideTheirFieldsWithoutSaving() {
        List<FieldError> problems = new ArrayList<>(List.of(new FieldError("amount", "x.notNumber", "须为数字")));
        String view = submission(problems)
                .checking(() -> {
                    throw new InvalidInputException(List.of(new FieldError("name", "error.field.required", "required"),
                            new FieldError("amount", "error.field.required", "required")));
                })
                .save(() -> {
                    throw new AssertionError("not saved with problems");
                }, this::form);

        assertThat(view).isEqualTo("form");
        assertThat(response.getStatus()).isEqualTo(400);
        // in the page's order, each field once (the amount that is no number is not also "required")
        assertThat(shown.get().fields()).containsExactly(
                Map.entry("name", List.of("必填")), Map.entry("amount", List.of("须为数字")));
    }

    @Test
    void theDomainsFieldNamesAreMappedToTheFormsFields() {
        submission(List.of()).mappingFields(f -> f.equals("thingCode") ? "code" : f)
                .save(() -> {
                    throw InvalidInputException.forField("thingCode", "error.field.required", "required");
                }, this::form);

        assertThat(shown.get().of("code")).isEqualTo("必填");
        assertThat(response.getStatus()).isEqualTo(400);
    }

    @Test
    void aStaleFormSaysSoAboveTheFormWith409() {
        submission(List.of()).save(() -> {
            throw new PreconditionFailedException("thing", 1L, 2, 3);
        }, this::form);
        assertThat(shown.get().general()).containsExactly("该记录已被他人修改");
        assertThat(response.getStatus()).isEqualTo(409);

        submission(List.of()).staleText("thing.form.stale").save(() -> {
            throw new OptimisticLockingFailureException("lost");
        }, this::form);
        assertThat(shown.get().general()).containsExactly("这件事刚被他人修改");
    }

    @Test
    void aDomainErrorIsShownBesideTheFieldItIsPlacedAtOrAboveTheFormWithItsStatus() {
        submission(List.of()).placing("error.thing.duplicate", "code").save(() -> {
            throw new ConflictException("error.thing.duplicate", "duplicate", "GR1");
        }, this::form);
        assertThat(shown.get().of("code")).isEqualTo("代码 GR1 已登记");
        assertThat(response.getStatus()).isEqualTo(409);

        submission(List.of()).save(() -> {
            throw new ConflictException("error.thing.closed", "closed");
        }, this::form);
        assertThat(shown.get().general()).containsExactly("已关闭，不能修改");
    }

    @Test
    void aRecordThatIsGoneOrNotTheReadersGoesToTheErrorPage() {
        assertThatThrownBy(() -> submission(List.of()).save(() -> {
            throw new NotFoundException("error.thing.notFound", "gone");
        }, this::form)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> submission(List.of()).save(() -> {
            throw new AccessDeniedToRecordException("error.access.denied", "not yours");
        }, this::form)).isInstanceOf(AccessDeniedToRecordException.class);
        assertThat(shown.get()).isNull();
    }

    private FormSubmission submission(List<FieldError> problems) {
        shown.set(null);
        return messages.submission(problems, FIELDS, Locale.CHINA, response);
    }

    private String form(FormErrors errors) {
        shown.set(errors);
        return "form";
    }
}
