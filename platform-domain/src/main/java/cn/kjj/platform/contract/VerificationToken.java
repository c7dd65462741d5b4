package cn.kjj.platform.contract;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The token of a registered contract's public verification page (decision 0033): 128 bits from a
 * strong random source as 32 lower-case hex digits, drawn when the registration completes. It is
 * what a certificate's QR code carries; registration numbers, ids and the like are never accepted
 * in its place, so guessing them reveals nothing.
 */
public final class VerificationToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORM = Pattern.compile("[0-9a-f]{32}");

    private VerificationToken() {
    }

    public static String random() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return HexFormat.of().formatHex(bits);
    }

    /** Whether {@code text} has a token's form (schema: {@code technology_contract_verification_token_check}). */
    public static boolean isWellFormed(String text) {
        return text != null && FORM.matcher(text).matches();
    }
}
