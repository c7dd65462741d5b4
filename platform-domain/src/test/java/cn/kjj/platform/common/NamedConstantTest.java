package cn.kjj.platform.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kjj.platform.contract.ContractAction;
import cn.kjj.platform.contract.ContractType;
import cn.kjj.platform.contract.PartyNature;
import cn.kjj.platform.incubator.IncubatorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

class NamedConstantTest {

    /** Every enum of the domain that implements {@link Named.Constant}, found on the classpath. */
    private static List<Class<?>> namedEnums() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Named.Constant.class));
        List<Class<?>> enums = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("cn.kjj.platform")) {
            Class<?> type = ClassUtils.forName(definition.getBeanClassName(), NamedConstantTest.class.getClassLoader());
            if (type.isEnum() && type.getEnclosingClass() != NamedConstantTest.class) {
                enums.add(type);
            }
        }
        return enums;
    }

    @Test
    void everyConstantOfEveryNamedEnumHasAChineseAndAnEnglishName() throws ClassNotFoundException {
        List<Class<?>> enums = namedEnums();

        assertThat(enums).hasSizeGreaterThanOrEqualTo(35)
                .contains(IncubatorKind.class, ContractType.class, PartyNature.class);
        for (Class<?> type : enums) {
            for (Object constant : type.getEnumConstants()) {
                Named named = (Named) constant;
                assertThat(named.nameZh()).as(type.getSimpleName() + "." + constant).isNotBlank();
                assertThat(named.nameEn()).as(type.getSimpleName() + "." + constant).isNotBlank();
            }
        }
    }

    @Test
    void aConstantShowsTheNamesOfItsAnnotationInTheReadersLanguage() {
        assertThat(IncubatorKind.MAKERSPACE.displayName(Locale.ENGLISH)).isEqualTo("Makerspace");
        assertThat(IncubatorKind.MAKERSPACE.displayName(Locale.SIMPLIFIED_CHINESE)).isEqualTo("众创空间");
        assertThat(ContractAction.RETURN.names()).isEqualTo(new Names("退回补正", "return for correction"));
        assertThat(ContractAction.RETURN.reasonRequired()).isTrue();
        assertThat(ContractType.TECHNOLOGY_LICENSING.nameEn()).isEqualTo("Technology licensing");
        assertThat(PartyNature.UNIVERSITY.nameZh()).isEqualTo("高等院校");
    }

    enum HalfNamed implements Named.Constant {
        @Name(zh = "有名", en = "Named") NAMED,
        UNNAMED
    }

    @Test
    void anEnumWithAnUnnamedConstantFailsNamingTheEnumAndTheConstant() {
        assertThatThrownBy(HalfNamed.NAMED::nameZh)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HalfNamed.UNNAMED")
                .hasMessageContaining("@Name");
    }
}
