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

    /** A constant whose names are one {@link Names} field: {@code KIND("孵化器", "Incubator")}. */
    interface Constant extends Named {

        Names names();

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
