package cn.kjj.platform.enterprise;

/**
 * GB 32100 / GB 11714 check characters, computed independently of the production code, to
 * build codes for tests and to cross-check the database function {@code credit_code_valid}.
 */
final class TestCreditCodes {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private TestCreditCodes() {
    }

    /** 16 characters (or 17 with an organisation check already there, which is then recomputed) to 18. */
    static String complete(String first16) {
        String head = first16.substring(0, 16);
        String first17 = head + organisationCheck(head);
        return first17 + finalCheck(first17);
    }

    static char organisationCheck(String code) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(code.charAt(8 + i), 36) * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    static char finalCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }
}
