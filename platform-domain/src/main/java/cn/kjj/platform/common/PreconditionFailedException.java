package cn.kjj.platform.common;

/** The client's {@code If-Match} version is not the record's current version: 412. */
public class PreconditionFailedException extends DomainException {

    public PreconditionFailedException(String entity, Object id, long expected, long actual) {
        super("error.version.mismatch",
                entity + " " + id + " is at version " + actual + ", not " + expected, entity, id, expected, actual);
    }
}
