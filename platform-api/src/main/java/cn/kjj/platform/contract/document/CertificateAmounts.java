package cn.kjj.platform.contract.document;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts of money as the registration certificate writes them: in figures with thousands
 * separators ({@code 3,600,000.00 元}) and in Chinese uppercase numerals (人民币大写,
 * {@code 叁佰陆拾万元整}), following the usual rules of the payment and settlement measures
 * (支付结算办法): one 零 for any run of zeros between non-zero digits, 零 after 元 when the
 * jiao is zero but the fen is not, 整 when there is neither jiao nor fen.
 */
public final class CertificateAmounts {

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] UNITS_IN_GROUP = {"仟", "佰", "拾", ""};
    private static final BigInteger HUNDRED = BigInteger.valueOf(100);
    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);
    private static final BigInteger TEN_MILLION = BigInteger.valueOf(10_000_000);
    private static final BigInteger HUNDRED_MILLION = BigInteger.valueOf(100_000_000);
    private static final BigInteger THOUSAND = BigInteger.valueOf(1_000);

    private CertificateAmounts() {
    }

    /** {@code 3600000} → {@code 3,600,000.00 元}. */
    public static String formatYuan(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(twoDecimals(amount)) + " 元";
    }

    /**
     * The amount in Chinese uppercase: {@code 3600000} → {@code 叁佰陆拾万元整}, {@code 1005} →
     * {@code 壹仟零伍元整}, {@code 20000000.01} → {@code 贰仟万元零壹分}, {@code 0.05} → {@code 伍分}.
     *
     * @throws IllegalArgumentException if the amount is negative or has more than two decimals
     */
    public static String toChineseUppercase(BigDecimal amount) {
        BigInteger cents = twoDecimals(amount).unscaledValue();
        BigInteger[] yuanAndCents = cents.divideAndRemainder(HUNDRED);
        BigInteger yuan = yuanAndCents[0];
        int jiao = yuanAndCents[1].intValue() / 10;
        int fen = yuanAndCents[1].intValue() % 10;

        if (yuan.signum() == 0 && jiao == 0 && fen == 0) {
            return "零元整";
        }
        StringBuilder words = new StringBuilder();
        if (yuan.signum() > 0) {
            words.append(integerWords(yuan)).append('元');
        }
        if (jiao == 0 && fen == 0) {
            return words.append('整').toString();
        }
        if (jiao > 0) {
            words.append(DIGITS.charAt(jiao)).append('角');
        } else if (yuan.signum() > 0) {
            words.append('零');
        }
        if (fen > 0) {
            words.append(DIGITS.charAt(fen)).append('分');
        }
        return words.toString();
    }

    private static BigDecimal twoDecimals(BigDecimal amount) {
        if (amount == null) {
            throw new IllegalArgumentException("no amount");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("negative amount: " + amount.toPlainString());
        }
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("more than two decimals: " + amount.toPlainString(), e);
        }
    }

    /** A positive whole number: groups of 亿 (10^8) hold groups of 万 (10^4) hold 仟佰拾. */
    private static String integerWords(BigInteger n) {
        if (n.compareTo(HUNDRED_MILLION) >= 0) {
            BigInteger[] parts = n.divideAndRemainder(HUNDRED_MILLION);
            return integerWords(parts[0]) + "亿" + rest(parts[1], TEN_MILLION);
        }
        if (n.compareTo(TEN_THOUSAND) >= 0) {
            BigInteger[] parts = n.divideAndRemainder(TEN_THOUSAND);
            return groupWords(parts[0].intValue()) + "万" + rest(parts[1], THOUSAND);
        }
        return groupWords(n.intValue());
    }

    /** What follows 亿 or 万: nothing, or the words with a 零 first when its leading digit is zero. */
    private static String rest(BigInteger remainder, BigInteger leadingUnit) {
        if (remainder.signum() == 0) {
            return "";
        }
        return (remainder.compareTo(leadingUnit) < 0 ? "零" : "") + integerWords(remainder);
    }

    /** 1 to 9999: 壹仟零伍, 叁佰陆拾, 壹拾. */
    private static String groupWords(int n) {
        int[] digits = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
        StringBuilder words = new StringBuilder();
        boolean pendingZero = false;
        for (int i = 0; i < digits.length; i++) {
            if (digits[i] == 0) {
                pendingZero = words.length() > 0;
                continue;
            }
            if (pendingZero) {
                words.append('零');
                pendingZero = false;
            }
            words.append(DIGITS.charAt(digits[i])).append(UNITS_IN_GROUP[i]);
        }
        return words.toString();
    }
}
