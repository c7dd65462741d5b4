package cn.kjj.platform.common;

import java.util.Locale;

/**
 * A value with a Chinese and an English name (statuses, types, kinds). Messages that mention
 * one show its name in the reader's language rather than its code.
 */
public interface Named {

    String nameZh();

    String nameEn();

    /** English for English readers, Chinese for everyone else. */
    default String displayName(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn() : nameZh();
    }

    /**
     * An enum constant named by its {@link Name} annotation:
     * {@code @Name(zh = "孵化器", en = "Incubator") INCUBATOR}. The annotations are read once per enum;
     * a constant without one fails at the first use of its enum's names. An enum may still override
     * {@link #names()} (PartyNature takes most of its names from OrganisationNature).
     */
    interface Constant extends Named {

        default Names names() {
            return ConstantNames.of((Enum<?>) this);
        }

        @Override
        default String nameZh() {
            return names().zh();
        }

        @Override
        default String nameEn() {
            return names().en();
        }
    }
}
