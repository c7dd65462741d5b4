package cn.kjj.platform.demo;

import java.time.LocalDate;

/** A generated enterprise, as the other generators refer to it. */
record DemoEnterprise(long id, String name, String creditCode, DemoDistrict district, LocalDate foundedOn) {
}
