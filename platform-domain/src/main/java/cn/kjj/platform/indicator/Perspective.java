package cn.kjj.platform.indicator;

/**
 * Whose region a registered contract counts in: the seller's (技术输出, technology output) or the
 * buyer's (技术吸纳, technology absorption). The two are never added together.
 */
public enum Perspective {
    SELLER, BUYER
}
