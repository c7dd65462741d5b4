package cn.kjj.platform.common;

/** The record does not exist, or lies outside the caller's scope (both look the same: 404). */
public class NotFoundException extends DomainException {

    public NotFoundException(String code, String message, Object... args) {
        super(code, message, args);
    }

    public static NotFoundException of(String entity, Object id) {
        return new NotFoundException("error." + entity + ".notFound", entity + " " + id + " not found", id);
    }
}
