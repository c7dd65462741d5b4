package cn.kjj.platform.enterprise;

import io.swagger.v3.oas.annotations.Parameter;

/** The filters of {@code GET /api/v1/enterprises}; they narrow the caller's scope and never widen it. */
record EnterpriseListParameters(
        @Parameter(description = "Region code: enterprises registered there or below", example = "440704")
        String region,
        @Parameter(description = "Part of the name, or part of the credit code") String q,
        @Parameter(description = "true: a high-tech certificate is in force today; false: none is") Boolean highTech) {

    EnterpriseFilter toFilter() {
        return new EnterpriseFilter(blankToNull(region), blankToNull(q), highTech);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
