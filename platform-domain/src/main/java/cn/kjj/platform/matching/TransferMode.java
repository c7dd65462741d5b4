package cn.kjj.platform.matching;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;

/** How a holder offers an achievement (转化方式); an achievement offers one or more. */
public enum TransferMode implements Named.Constant {
    TRANSFER("转让", "Transfer"),
    LICENSING("许可", "Licensing"),
    COOPERATION("合作开发", "Joint development"),
    EQUITY("作价入股", "Equity contribution"),
    OTHER("其他", "Other");

    private final Names names;

    TransferMode(String nameZh, String nameEn) {
        this.names = new Names(nameZh, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
