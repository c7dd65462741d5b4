package cn.kjj.platform.demo;

/** Jiangmen's seven districts (GB/T 2260), as the demo data know them. */
enum DemoDistrict {
    PENGJIANG("440703", "蓬江区", "江门市蓬江区"),
    JIANGHAI("440704", "江海区", "江门市江海区"),
    XINHUI("440705", "新会区", "江门市新会区"),
    TAISHAN("440781", "台山市", "台山市"),
    KAIPING("440783", "开平市", "开平市"),
    HESHAN("440784", "鹤山市", "鹤山市"),
    ENPING("440785", "恩平市", "恩平市");

    static final String CITY = "440700";
    static final String CITY_NAME = "江门市";

    private final String code;
    private final String shortName;
    private final String namePrefix;

    DemoDistrict(String code, String shortName, String namePrefix) {
        this.code = code;
        this.shortName = shortName;
        this.namePrefix = namePrefix;
    }

    String code() {
        return code;
    }

    /** e.g. 江海区. */
    String shortName() {
        return shortName;
    }

    /** How an enterprise name of the district begins, e.g. 江门市江海区 or 台山市. */
    String namePrefix() {
        return namePrefix;
    }

    /** The bureau that registers the district's contracts, e.g. 江海区科学技术局. */
    String bureau() {
        return shortName + "科学技术局";
    }
}
