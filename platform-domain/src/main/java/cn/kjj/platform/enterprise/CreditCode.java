package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.InvalidInputException;
import java.util.Locale;

/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015), always valid: 18 characters from
 * {@link #CHARSET}, position 17 the GB 11714 organisation-code check character over positions
 * 9–16 and position 18 the check character over positions 1–17. The database checks the same
 * (function {@code credit_code_valid}), so the two must change together.
 */
public record CreditCode(String value) {

    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    public static final int LENGTH = 18;
    public static final String FIELD = "creditCode";
    public static final String ERROR_CODE = "error.creditCode.invalid";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /** Why a code is not valid; the order is the order of the checks. */
    enum Problem {
        FORMAT("must be 18 characters from 0-9 and A-Y without I, O, S, V and Z"),
        ORGANISATION_CHECK("the organisation-code check character (position 17) does not match positions 9-16"),
        FINAL_CHECK("the check character (position 18) does not match positions 1-17");

        private final String message;

        Problem(String message) {
            this.message = message;
        }
    }

    public CreditCode {
        Problem problem = problemOf(value);
        if (problem != null) {
            throw InvalidInputException.forField(FIELD, ERROR_CODE, problem.message);
        }
    }

    /** Parses user input: surrounding whitespace is dropped and letters are upper-cased first. */
    public static CreditCode of(String input) {
        return of(input, FIELD);
    }

    /** As {@link #of(String)}, naming {@code field} in the error (e.g. {@code buyer.creditCode}). */
    public static CreditCode of(String input, String field) {
        String normalised = normalise(input);
        Problem problem = problemOf(normalised);
        if (problem != null) {
            throw InvalidInputException.forField(field, ERROR_CODE, problem.message);
        }
        return new CreditCode(normalised);
    }

    /** Whether {@code code} is valid exactly as given (as it would be stored), without normalising. */
    public static boolean isValid(String code) {
        return problemOf(code) == null;
    }

    /**
     * Completes 16 characters (registration authority, category, region code and the 8-character
     * organisation-code body) with both check characters; for demo and test data.
     */
    public static CreditCode withCheckCharacters(String first16) {
        if (first16 == null || first16.length() != LENGTH - 2 || !inCharset(first16)) {
            throw new IllegalArgumentException("need 16 characters from " + CHARSET + ": " + first16);
        }
        String first17 = first16 + organisationCheck(first16);
        return new CreditCode(first17 + finalCheck(first17));
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalise(String input) {
        return input == null ? null : input.strip().toUpperCase(Locale.ROOT);
    }

    static Problem problemOf(String code) {
        if (code == null || code.length() != LENGTH || !inCharset(code)) {
            return Problem.FORMAT;
        }
        if (code.charAt(16) != organisationCheck(code)) {
            return Problem.ORGANISATION_CHECK;
        }
        if (code.charAt(17) != finalCheck(code)) {
            return Problem.FINAL_CHECK;
        }
        return null;
    }

    private static boolean inCharset(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (CHARSET.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** GB 11714 over positions 9–16: digits are their value, letters A=10 … Z=35. */
    private static char organisationCheck(String code) {
        int sum = 0;
        for (int i = 0; i < ORGANISATION_WEIGHTS.length; i++) {
            sum += Character.digit(code.charAt(8 + i), 36) * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        if (check == 10) {
            return 'X';
        }
        return check == 11 ? '0' : (char) ('0' + check);
    }

    /** GB 32100 over positions 1–17: values are indices in {@link #CHARSET}. */
    private static char finalCheck(String code) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += CHARSET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }
}
