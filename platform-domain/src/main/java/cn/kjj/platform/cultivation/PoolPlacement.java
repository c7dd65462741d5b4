package cn.kjj.platform.cultivation;

import java.time.LocalDate;

/** An official's placing of an enterprise in the district's pool (培育库) for a year, with the reason. */
public record PoolPlacement(long enterpriseId, int year, String regionCode, String reason, LocalDate placedOn) {
}
