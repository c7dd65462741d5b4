package cn.kjj.platform.account;

import cn.kjj.platform.common.FieldErrors;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a new password must be (docs/decisions/0021-account-hardening-and-audit-chain.md): 12 to 128
 * characters, not containing the username, not one of the common passwords in
 * {@code account/common-passwords.txt} (ignoring case, spaces and punctuation), and not made of a
 * single repeated character. No rules on character classes: length and the blocklist matter more
 * (NIST SP 800-63B). The demo accounts' password {@code demo} is seeded directly and never passes here.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final String COMMON_PASSWORDS = "/account/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Adds the password's problems to {@code errors} under {@code field}. */
    public void check(String password, String username, String field, FieldErrors errors) {
        if (password == null || password.isBlank()) {
            errors.add(field, "error.field.required", "is required");
            return;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            errors.add(field, "error.password.length", "must have " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
            return;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (name.length() >= 3 && lower.contains(name)) {
            errors.add(field, "error.password.containsUsername", "must not contain the username");
        } else if (common.contains(normalise(password))) {
            errors.add(field, "error.password.common", "is too common");
        } else if (password.codePoints().distinct().count() < 4) {
            errors.add(field, "error.password.repetitive", "needs at least 4 different characters");
        }
    }

    static String normalise(String password) {
        StringBuilder kept = new StringBuilder();
        password.toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the class path");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(PasswordPolicy::normalise)
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
