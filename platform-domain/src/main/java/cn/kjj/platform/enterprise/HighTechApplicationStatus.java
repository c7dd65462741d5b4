package cn.kjj.platform.enterprise;

/** Where a high-tech application stands: the district recommends or returns it, the city records the result. */
public enum HighTechApplicationStatus {
    SUBMITTED, RECOMMENDED, RETURNED, PASSED, FAILED
}
