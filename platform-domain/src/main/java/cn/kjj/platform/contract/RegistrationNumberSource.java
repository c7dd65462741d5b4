package cn.kjj.platform.contract;

/**
 * Draws the next registration number for a region and year. Implemented by the service on
 * {@code registration_counter}; the contract calls it only when a registration really
 * completes, so a first review of a large contract consumes no number.
 */
@FunctionalInterface
public interface RegistrationNumberSource {

    RegistrationNumber next(String regionCode, int year);
}
