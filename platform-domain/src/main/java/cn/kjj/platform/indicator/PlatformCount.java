package cn.kjj.platform.indicator;

import java.math.BigDecimal;

/** Incubators ({@code INCUBATOR}) or R&D platforms ({@code LAB}) of one kind and level; area for incubators. */
public record PlatformCount(String category, String kind, String level, long count, BigDecimal areaSqm) {
}
