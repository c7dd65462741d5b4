package cn.kjj.platform.portal;

import java.util.List;
import java.util.Locale;

/** The portal speaks Simplified Chinese (the default) and English; anything else falls back to Chinese. */
final class SupportedLocales {

    static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
    static final List<Locale> ALL = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private SupportedLocales() {
    }

    /** The supported locale closest to {@code requested}: English for any {@code en*}, else Chinese. */
    static Locale closestTo(Locale requested) {
        if (requested != null && Locale.ENGLISH.getLanguage().equals(requested.getLanguage())) {
            return Locale.ENGLISH;
        }
        return DEFAULT;
    }

    /** The first of the {@code preferred} locales (best first) that the portal speaks, else the default. */
    static Locale firstSupported(List<Locale> preferred) {
        for (Locale locale : preferred) {
            if (Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                    || Locale.CHINESE.getLanguage().equals(locale.getLanguage())) {
                return closestTo(locale);
            }
        }
        return DEFAULT;
    }
}
