package cn.kjj.platform.common;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transactions that write only bookkeeping no indicator reads (a portal session's last access, a bearer token's last
 * use): their commit does not move the indicator cache's data generation (decision 0057), which every other
 * read-write commit of the node does. Without this, every portal request (Spring Session saves its session in a
 * transaction of its own) and every bearer token's check after its 2 s in memory would empty the cache. A table an
 * indicator reads notifies through its trigger (V43) whoever writes it, so a bookkeeping transaction that wrote one
 * by mistake would still be heard, milliseconds later.
 */
public final class Bookkeeping {

    /** The start of a bookkeeping transaction's name. */
    public static final String PREFIX = "bookkeeping:";

    private Bookkeeping() {
    }

    /** A transaction template for bookkeeping {@code what}, in a transaction of its own when {@code apart}. */
    public static TransactionTemplate transactions(PlatformTransactionManager manager, String what, boolean apart) {
        TransactionTemplate template = new TransactionTemplate(manager);
        template.setName(PREFIX + what);
        if (apart) {
            template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        }
        return template;
    }

    /** Whether {@code transaction} is bookkeeping only. */
    public static boolean only(TransactionExecution transaction) {
        String name = transaction.getTransactionName();
        return name != null && name.startsWith(PREFIX);
    }
}
