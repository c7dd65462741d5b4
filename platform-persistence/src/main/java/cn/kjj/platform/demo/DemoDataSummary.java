package cn.kjj.platform.demo;

/** How many rows one run of {@link DemoDataLoader} inserted; all zero when the data was already there. */
record DemoDataSummary(int enterprises, int certifications, int accounts, int incubators, int labs, int programs,
                       int awards, int statistics) {

    boolean nothingNew() {
        return enterprises + certifications + accounts + incubators + labs + programs + awards + statistics == 0;
    }

    String describe() {
        return enterprises + " enterprise, " + certifications + " high-tech certification, " + accounts
                + " accounts (password 'demo'), " + incubators + " incubator, " + labs + " R&D platform, "
                + programs + " program with " + awards + " award, " + statistics + " regional statistic";
    }
}
