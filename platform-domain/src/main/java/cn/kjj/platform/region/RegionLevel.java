package cn.kjj.platform.region;

public enum RegionLevel {
    PROVINCE, CITY, DISTRICT
}
