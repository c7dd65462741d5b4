package cn.kjj.platform.common;

/**
 * The Chinese and English names of a constant, kept in one field: an enum implements
 * {@link Named} by returning it from {@link Named.Constant#names()}.
 */
public record Names(String zh, String en) {
}
