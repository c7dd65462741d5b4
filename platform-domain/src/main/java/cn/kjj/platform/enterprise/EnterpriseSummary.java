package cn.kjj.platform.enterprise;

import java.time.LocalDate;

/**
 * An enterprise as a row of a list.
 *
 * @param highTech         a certificate is in force today
 * @param certifiedUntil   the last day of the certificate in force today (the latest, if two overlap)
 */
public record EnterpriseSummary(Long id, String name, String creditCode, String regionCode, String industry,
                                LocalDate foundedOn, Integer employees, boolean highTech, LocalDate certifiedUntil,
                                long version) {
}
