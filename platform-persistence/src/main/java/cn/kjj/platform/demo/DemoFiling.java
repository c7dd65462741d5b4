package cn.kjj.platform.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The registration form's fields of a demo contract and the office's decision, drawn from its id
 * and terms without touching the random streams (so every published figure stays as it was): IP
 * types that follow the subtype, some plan sources and payment methods, a 核定 amount below the
 * declared one for one registered contract in 20, and the grounds of returns and refusals.
 */
record DemoFiling(BigDecimal declaredAmount, String ipType, String planSource, String paymentMethod) {

    private static final String[] PLANS = {"NONE", "NONE", "MUNICIPAL", "NONE", "DISTRICT", "NONE", "PROVINCIAL",
        "NONE", "NONE", "NATIONAL"};
    private static final String[] PAYMENTS = {"LUMP_SUM", "INSTALMENTS", "LUMP_SUM", "MIXED", "INSTALMENTS",
        "ROYALTY"};
    /** The demo's reasons and the grounds they give. */
    private static final Map<String, String> GROUNDS = Map.of(
            ContractGenerator.RETURN_REASONS[0], "SIGNATURES_INCOMPLETE",
            ContractGenerator.RETURN_REASONS[1], "PRICE_OR_PAYMENT_MISSING",
            ContractGenerator.REJECT_REASONS[0], "DISGUISED_PURCHASE",
            ContractGenerator.REJECT_REASONS[1], "NOT_TECHNOLOGY_CONTRACT",
            StoryContracts.RETURN_REASON, "CONTENT_UNCLEAR");

    static DemoFiling of(long id, DemoContract c) {
        // the office cut the declared amount of one registered contract in 20: the declared one was higher
        BigDecimal declared = c.techAmount;
        if (c.registeredOn != null && id % 20 == 7 && c.techAmount.compareTo(c.amount) < 0) {
            declared = c.techAmount.multiply(new BigDecimal("1.08")).setScale(2, RoundingMode.DOWN).min(c.amount);
        }
        return new DemoFiling(declared, ipType(id, c), PLANS[(int) (id % PLANS.length)],
                PAYMENTS[(int) (id % PAYMENTS.length)]);
    }

    /** The ground of a returned or refused contract, OTHER for a reason the demo does not name. */
    static String ground(DemoContract c) {
        return c.status.equals("RETURNED") || c.status.equals("REJECTED") ? GROUNDS.getOrDefault(c.reason, "OTHER")
                : null;
    }

    private static String ipType(long id, DemoContract c) {
        if (c.subtype != null && switch (c.subtype) {
            case "PATENT", "PATENT_APPLICATION", "SOFTWARE_COPYRIGHT", "IC_LAYOUT", "PLANT_VARIETY",
                 "TECHNICAL_SECRET" -> true;
            default -> false;
        }) {
            return c.subtype;
        }
        return switch ((int) (id % 7)) {
            case 0 -> "PATENT";
            case 1 -> "SOFTWARE_COPYRIGHT";
            case 2 -> "TECHNICAL_SECRET";
            default -> "NONE";
        };
    }
}
