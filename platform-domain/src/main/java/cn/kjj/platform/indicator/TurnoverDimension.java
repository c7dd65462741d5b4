package cn.kjj.platform.indicator;

import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;
import cn.kjj.platform.contract.ContractType;
import cn.kjj.platform.contract.IpType;
import cn.kjj.platform.contract.PartyNature;
import cn.kjj.platform.contract.PlanSource;
import cn.kjj.platform.contract.TechnologyField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What contract-turnover may be split by ({@code by=}) and what the technology-market tables are cut by: the
 * registration form's statistical fields (技术合同登记表; rules.md, 技术市场统计). Each has its groups, the codes a
 * point's {@code group} takes, in the order the tables show them. Names the schema's check on
 * {@code contract_market_rollup.dimension}.
 */
public enum TurnoverDimension implements Named.Constant {
    @Name(zh = "合同类型", en = "Contract type") TYPE(ContractType.class, false),
    @Name(zh = "技术领域", en = "Technology field") FIELD(TechnologyField.class, false),
    @Name(zh = "卖方性质", en = "Seller nature") SELLER_NATURE(PartyNature.class, true),
    @Name(zh = "买方性质", en = "Buyer nature") BUYER_NATURE(PartyNature.class, true),
    @Name(zh = "知识产权类型", en = "IP type") IP_TYPE(IpType.class, true),
    @Name(zh = "计划来源", en = "Plan source") PLAN_SOURCE(PlanSource.class, true),
    @Name(zh = "技术流向", en = "Flow") FLOW(MarketFlow.class, false);

    private final List<Enum<?>> groupConstants;

    /**
     * @param mayBeUnstated whether an imported registration may leave the field out (the import requires type and
     *                      field; the flow follows from the parties' regions): then the last group is
     *                      {@link UnstatedGroup#UNKNOWN}
     */
    TurnoverDimension(Class<? extends Enum<?>> groups, boolean mayBeUnstated) {
        List<Enum<?>> constants = new ArrayList<>(List.of(groups.getEnumConstants()));
        if (mayBeUnstated) {
            constants.add(UnstatedGroup.UNKNOWN);
        }
        this.groupConstants = List.copyOf(constants);
    }

    /** The group codes, in their constants' order ({@code UNKNOWN} last where a registration may not state it). */
    public List<String> groups() {
        return groupConstants.stream().map(Enum::name).toList();
    }

    /** The group constants, for their names. */
    public List<Enum<?>> groupConstants() {
        return groupConstants;
    }

    /** The dimension a {@code by} parameter names (any case); null for none; else 400 listing the allowed ones. */
    public static TurnoverDimension parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(values()).filter(d -> d.name().equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> InvalidInputException.forField(field, "error.indicator.by", "must be one of "
                        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))));
    }

    /** A group of this dimension (exactly as listed); else 400 naming {@code field}. */
    public String requireGroup(String field, String group) {
        String code = group == null ? "" : group.strip();
        if (!groups().contains(code)) {
            throw InvalidInputException.forField(field, "error.indicator.group",
                    "must be one of " + String.join(", ", groups()));
        }
        return code;
    }
}
