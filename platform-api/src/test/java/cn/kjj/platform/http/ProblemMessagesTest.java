package cn.kjj.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.contract.ContractAction;
import cn.kjj.platform.contract.ContractStatus;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

class ProblemMessagesTest {

    private final Problems problems = new Problems(messages(),
            new StaticListableBeanFactory().getBeanProvider(LocaleResolver.class), JsonMapper.builder().build());

    @Test
    void anIllegalTransitionNamesTheStatusAndActionInTheReadersLanguage() {
        Object[] args = {ContractStatus.REGISTERED, ContractAction.SUBMIT};

        assertThat(problems.message("error.contract.transition.illegal", args, "fallback", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("“已登记”状态的合同不能执行“提交”操作。");
        assertThat(problems.message("error.contract.transition.illegal", args, "fallback", Locale.ENGLISH))
                .contains("\"Registered\"", "\"submit\"")
                .doesNotContain("REGISTERED", "SUBMIT");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/errors");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
