package cn.kjj.platform.imports;

import cn.kjj.platform.imports.ImportColumn.Type;
import java.util.List;
import java.util.Optional;

/** The columns of one kind of import file, in template order. */
public record ImportLayout(ImportKind kind, List<ImportColumn> columns) {

    public ImportLayout {
        columns = List.copyOf(columns);
    }

    public Optional<ImportColumn> column(String field) {
        return columns.stream().filter(c -> c.field().equals(field)).findFirst();
    }

    public List<String> headers() {
        return columns.stream().map(ImportColumn::header).toList();
    }

    public List<String> exampleRow() {
        return columns.stream().map(ImportColumn::example).toList();
    }

    static ImportLayout of(ImportKind kind) {
        return switch (kind) {
            case ENTERPRISES -> new ImportLayout(kind, List.of(
                    required(Type.TEXT, "name", "企业名称", "Name", "江门示例科技有限公司"),
                    required(Type.TEXT, "creditCode", "统一社会信用代码", "Unified social credit code", "91440704MA4UH5XB8Y"),
                    required(Type.TEXT, "regionCode", "行政区划代码", "Region code", "440704"),
                    optional(Type.TEXT, "industry", "所属行业", "Industry", "新材料"),
                    optional(Type.DATE, "foundedOn", "成立日期", "Founded on", "2015-03-18"),
                    optional(Type.INTEGER, "employees", "职工总数", "Employees", "120"),
                    optional(Type.INTEGER, "rdStaff", "研发人员数", "R&D staff", "18"),
                    optional(Type.DECIMAL, "revenue", "营业收入（元）", "Revenue (yuan)", "35000000.00"),
                    optional(Type.DECIMAL, "rdExpense", "研发费用（元）", "R&D expense (yuan)", "2100000.00")));
            case CERTIFICATIONS -> new ImportLayout(kind, List.of(
                    required(Type.TEXT, "creditCode", "统一社会信用代码", "Unified social credit code", "91440704MA4UH5XB8Y"),
                    required(Type.TEXT, "certificateNo", "证书编号", "Certificate number", "GR202344009876"),
                    optional(Type.TEXT, "kind", "认定类型", "Kind", "首次认定"),
                    required(Type.DATE, "issuedOn", "发证日期", "Issued on", "2023-12-28"),
                    optional(Type.DATE, "expiresOn", "到期日期", "Expires on", "2026-12-27")));
            case INCUBATORS -> new ImportLayout(kind, List.of(
                    required(Type.TEXT, "name", "名称", "Name", "江海区创新创业孵化基地"),
                    required(Type.TEXT, "kind", "类型", "Kind", "孵化器"),
                    required(Type.TEXT, "level", "级别", "Level", "省级"),
                    required(Type.TEXT, "regionCode", "行政区划代码", "Region code", "440704"),
                    optional(Type.TEXT, "operator", "运营单位", "Operator", "江门示例孵化器管理有限公司"),
                    optional(Type.DECIMAL, "areaSqm", "孵化面积（平方米）", "Area (m²)", "52000.50"),
                    optional(Type.INTEGER, "tenantCount", "在孵企业数", "Tenants", "86"),
                    optional(Type.INTEGER, "graduatedCount", "累计毕业企业数", "Graduated", "31"),
                    optional(Type.DATE, "recognizedOn", "认定日期", "Recognized on", "2019-06-30")));
            case LABS -> new ImportLayout(kind, List.of(
                    required(Type.TEXT, "name", "名称", "Name", "江门市新材料重点实验室"),
                    required(Type.TEXT, "kind", "类型", "Kind", "重点实验室"),
                    required(Type.TEXT, "level", "级别", "Level", "市级"),
                    required(Type.TEXT, "regionCode", "行政区划代码", "Region code", "440704"),
                    optional(Type.TEXT, "hostCreditCode", "依托企业统一社会信用代码", "Host enterprise credit code", "91440704MA4UH5XB8Y"),
                    optional(Type.TEXT, "hostInstitution", "依托单位", "Host institution", "五邑大学"),
                    optional(Type.DATE, "recognizedOn", "认定日期", "Recognized on", "2023-05-20")));
            case STATISTICS -> new ImportLayout(kind, List.of(
                    required(Type.TEXT, "regionCode", "行政区划代码", "Region code", "440704"),
                    required(Type.INTEGER, "year", "年份", "Year", "2019"),
                    required(Type.DECIMAL, "gdp", "地区生产总值（元）", "GDP (yuan)", "27500000000.00"),
                    required(Type.DECIMAL, "rdExpenditure", "研发经费支出（元）", "R&D expenditure (yuan)", "1430000000.00"),
                    required(Type.TEXT, "source", "数据来源", "Source", "江门市统计局《2020年江门统计年鉴》")));
            case TECH_SMES -> new ImportLayout(kind, List.of(
                    required(Type.TEXT, "creditCode", "统一社会信用代码", "Unified social credit code", "91440704MA4UH5XB8Y"),
                    required(Type.INTEGER, "year", "年度", "Year", "2021"),
                    required(Type.TEXT, "registrationNo", "入库登记编号", "Registration number", "202144070400001234"),
                    optional(Type.DECIMAL, "score", "评价得分", "Score", "72.50")));
            case ACHIEVEMENTS -> new ImportLayout(kind, List.of(
                    required(Type.TEXT, "title", "成果名称", "Title", "一种半导体芯片的封装工艺"),
                    required(Type.TEXT, "holder", "成果持有单位", "Holder", "五邑大学"),
                    required(Type.TEXT, "holderNature", "单位性质", "Holder nature", "高等院校"),
                    required(Type.TEXT, "field", "技术领域", "Technology field", "电子信息"),
                    optional(Type.TEXT, "ipType", "知识产权类型", "IP type", "专利"),
                    required(Type.TEXT, "maturity", "成熟度", "Maturity", "中试阶段"),
                    required(Type.TEXT, "transferModes", "转化方式（可多选，用、分隔）", "Transfer modes (several: separate with ;)", "转让、许可"),
                    optional(Type.TEXT, "priceHint", "参考价格", "Price hint", "面议"),
                    required(Type.TEXT, "summary", "成果简介", "Summary", "采用晶圆级封装，降低封装成本。"),
                    optional(Type.TEXT, "contact", "联系方式", "Contact", "科研处 0750-3299000"),
                    required(Type.TEXT, "regionCode", "发布地区代码", "Region code", "440704")));
            // the national technology-contract registration system's export (docs/import.md)
            case EXTERNAL_CONTRACTS -> new ImportLayout(kind, List.of(
                    required(Type.TEXT, "registrationNo", "登记编号", "Registration number", "2024440106000318"),
                    required(Type.TEXT, "registeringRegionCode", "登记机构行政区划代码", "Registering office region code", "440106"),
                    required(Type.DATE, "registeredOn", "登记日期", "Registered on", "2024-05-20"),
                    required(Type.DATE, "signedOn", "签订日期", "Signed on", "2024-04-28"),
                    required(Type.TEXT, "type", "合同类型", "Contract type", "技术开发"),
                    required(Type.TEXT, "technologyField", "技术领域", "Technology field", "电子信息"),
                    required(Type.TEXT, "sellerName", "卖方名称", "Seller", "广州市天河区云图数据有限公司"),
                    optional(Type.TEXT, "sellerCreditCode", "卖方统一社会信用代码", "Seller credit code", "91440300708461136T"),
                    optional(Type.TEXT, "sellerRegionCode", "卖方行政区划代码", "Seller region code", "440106"),
                    optional(Type.TEXT, "sellerCountry", "卖方国别", "Seller country", "CN"),
                    required(Type.TEXT, "buyerName", "买方名称", "Buyer", "江门示例科技有限公司"),
                    required(Type.TEXT, "buyerCreditCode", "买方统一社会信用代码", "Buyer credit code", "91440704MA4UH5XB8Y"),
                    optional(Type.TEXT, "regionCode", "买方行政区划代码", "Buyer region code", "440704"),
                    required(Type.DECIMAL, "contractAmount", "合同成交额（元）", "Contract amount (yuan)", "1800000.00"),
                    required(Type.DECIMAL, "techTransactionAmount", "技术交易额（元）", "Technology transaction amount (yuan)", "1500000.00"),
                    // the registration form's statistical fields; left out, the dimension's group UNKNOWN (V38)
                    optional(Type.TEXT, "sellerNature", "卖方性质", "Seller nature", "企业"),
                    optional(Type.TEXT, "buyerNature", "买方性质", "Buyer nature", "企业"),
                    optional(Type.TEXT, "ipType", "知识产权类型", "IP type", "计算机软件著作权"),
                    optional(Type.TEXT, "planSource", "计划来源", "Plan source", "无计划来源")));
            case ANNUAL_FIGURES -> new ImportLayout(kind, List.of(
                    required(Type.TEXT, "creditCode", "统一社会信用代码", "Unified social credit code", "91440704MA4UH5XB8Y"),
                    required(Type.INTEGER, "year", "年度", "Year", "2024"),
                    required(Type.DECIMAL, "revenue", "营业收入（元）", "Revenue (yuan)", "86000000.00"),
                    required(Type.DECIMAL, "salesRevenue", "销售收入（元）", "Sales revenue (yuan)", "81700000.00"),
                    required(Type.DECIMAL, "highTechIncome", "高新技术产品（服务）收入（元）", "High-tech income (yuan)",
                            "61920000.00"),
                    required(Type.DECIMAL, "rdExpense", "研发费用（元）", "R&D expense (yuan)", "4730000.00"),
                    required(Type.DECIMAL, "rdExpenseDomestic", "境内研发费用（元）", "R&D expense in China (yuan)",
                            "4300000.00"),
                    required(Type.INTEGER, "staff", "职工总数", "Staff", "126"),
                    required(Type.INTEGER, "techStaff", "科技人员数", "Technology staff", "31"),
                    required(Type.INTEGER, "inventionPatents", "发明专利数", "Invention patents", "6"),
                    required(Type.INTEGER, "otherIp", "其他知识产权数", "Other IP", "11"),
                    required(Type.DECIMAL, "profit", "利润总额（元）", "Profit (yuan)", "6880000.00"),
                    required(Type.DECIMAL, "taxPaid", "上缴税费（元）", "Tax paid (yuan)", "2580000.00"),
                    required(Type.DECIMAL, "assets", "资产总额（元）", "Total assets (yuan)", "152000000.00"),
                    required(Type.TEXT, "aboveScale", "规模以上企业（是/否）", "Above designated size (yes/no)", "是")));
        };
    }

    private static ImportColumn required(Type type, String field, String header, String headerEn, String example) {
        return new ImportColumn(field, header, headerEn, true, type, example);
    }

    private static ImportColumn optional(Type type, String field, String header, String headerEn, String example) {
        return new ImportColumn(field, header, headerEn, false, type, example);
    }
}
