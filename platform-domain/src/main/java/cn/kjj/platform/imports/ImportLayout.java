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
