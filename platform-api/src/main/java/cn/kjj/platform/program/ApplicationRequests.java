package cn.kjj.platform.program;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The bodies of the calls' and applications' endpoints (amounts in yuan). */
final class ApplicationRequests {

    private ApplicationRequests() {
    }

    @Schema(name = "CallRequest", description = "A call for applications (申报指南) on a program")
    record CallRequest(
            @Schema(example = "2026年度区科技计划项目申报指南", requiredMode = Schema.RequiredMode.REQUIRED) String title,
            @Schema(example = "2026-03-01", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate opensOn,
            @Schema(example = "2026-04-30", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate closesOn,
            @Schema(description = "What the call may approve in all, yuan", example = "3000000.00",
                    requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal budget,
            @Schema(description = "ANY (every enterprise of the program's region, the default) or HIGH_TECH "
                    + "(those with a high-tech certificate in force)", example = "HIGH_TECH") String eligibility,
            @Schema(description = "Documents every application must attach before its formal check",
                    example = "[\"项目申报书\", \"营业执照\"]") List<String> requiredDocuments,
            @Schema(example = "支持企业开展关键核心技术攻关") String guidelines,
            @Schema(description = "Only on an OPEN_COMPETITION program (揭榜挂帅): the challenge's prize, at most the "
                    + "budget; reserved in the call's budget until the winner is named", example = "1000000.00")
            BigDecimal prize) {

        NewCall toNewCall() {
            return new NewCall(title, opensOn, closesOn, budget, eligibility, requiredDocuments, guidelines, prize);
        }
    }

    @Schema(name = "ApplicationRequest", description = "An enterprise's application to an open call of the program")
    record ApplicationRequest(
            @Schema(description = "A call of this program", requiredMode = Schema.RequiredMode.REQUIRED) Long callId,
            @Schema(example = "高精度伺服电机控制器研发", requiredMode = Schema.RequiredMode.REQUIRED) String title,
            @Schema(example = "500000.00", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal requestedAmount,
            @Schema(example = "项目拟攻克……") String summary) {

        NewApplication toNewApplication() {
            return new NewApplication(callId, title, requestedAmount, summary);
        }
    }

    @Schema(name = "ApplicationReasonRequest", description = "Why (required to return, reject, decline; "
            + "optional to accept or resubmit)")
    record ReasonRequest(@Schema(example = "缺少财务审计报告") String reason) {

        /** The reason of an optional body: none without one. */
        static String of(ReasonRequest body) {
            return body == null ? null : body.reason();
        }
    }

    @Schema(name = "ApprovalRequest", description = "立项: the amount granted, at most the amount requested")
    record ApprovalRequest(@Schema(example = "400000.00", requiredMode = Schema.RequiredMode.REQUIRED)
                           BigDecimal amount) {
    }

    @Schema(name = "DisbursementRequest", description = "A tranche paid (拨付)")
    record DisbursementRequest(
            @Schema(example = "200000.00", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal amount,
            @Schema(example = "2026-06-30", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate paidOn) {
    }

    @Schema(name = "MidtermRequest", description = "中期检查: passed or not; a note is required when it failed")
    record MidtermRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean passed,
                          @Schema(example = "进度符合计划") String note) {
    }

    @Schema(name = "CompletionRequest", description = "验收: PASSED, FAILED (with a note) or EXTENDED")
    record CompletionRequest(@Schema(example = "PASSED", requiredMode = Schema.RequiredMode.REQUIRED) String result,
                             @Schema(example = "各项指标均已完成") String note) {
    }

    @Schema(name = "StageReviewRequest", description = "阶段评审 of an open competition's team: passed (on to the "
            + "next stage) or not (dropped; a note is required)")
    record StageReviewRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean passed,
                              @Schema(example = "样机关键指标未达到榜单要求") String note) {
    }

    @Schema(name = "TerminationRequest", description = "终止, with the money recovered (追回), at most what was paid")
    record TerminationRequest(@Schema(example = "项目承担单位无法继续实施", requiredMode = Schema.RequiredMode.REQUIRED)
                              String reason,
                              @Schema(example = "64000.00") BigDecimal recoveredAmount) {
    }
}
