package cn.kjj.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.WorkingDayCalendar;
import cn.kjj.platform.contract.ContractStateMachine.Transition;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TechnologyContractTest {

    private static final ContractSeller SELLER = new ContractSeller(5L, "440704", ContractTermsTest.SELLER_CODE);
    private static final ContractActor OWNER = ContractActor.owner(11L, "企业用户");
    private static final ContractActor FIRST = ContractActor.official(21L, "审核员甲");
    private static final ContractActor SECOND = ContractActor.official(22L, "审核员乙");
    private static final WorkingDayCalendar WEEKDAYS = WorkingDayCalendar.weekdaysOnly();

    private static final Instant CREATED = Instant.parse("2024-03-04T01:00:00Z"); // Monday
    private static final Instant SUBMITTED = Instant.parse("2024-03-04T02:00:00Z");

    /** Hands out serials and remembers what was asked, like the counter table. */
    private static final class Counter implements RegistrationNumberSource {
        final List<String> calls = new ArrayList<>();
        int last;

        @Override
        public RegistrationNumber next(String regionCode, int year) {
            calls.add(regionCode + "/" + year);
            return new RegistrationNumber(year, regionCode, ++last);
        }
    }

    private final Counter counter = new Counter();

    private static TechnologyContract draft(String amount) {
        return TechnologyContract.draft(SELLER, ContractTermsTest.terms(amount, amount), 11L, CREATED);
    }

    private static TechnologyContract submitted(String amount) {
        TechnologyContract contract = draft(amount);
        contract.submit(OWNER, SUBMITTED, WEEKDAYS);
        return contract;
    }

    @Test
    void aNewContractIsADraftOfTheSellersDistrict() {
        TechnologyContract contract = draft("120000");

        assertThat(contract.getStatus()).isEqualTo(ContractStatus.DRAFT);
        assertThat(contract.getSellerId()).isEqualTo(5L);
        assertThat(contract.getSellerRegionCode()).isEqualTo("440704");
        assertThat(contract.getCreatedBy()).isEqualTo(11L);
        assertThat(contract.getTitle()).isEqualTo("智能制造控制系统开发");
        assertThat(contract.getBuyer().country()).isEqualTo("CN");
        assertThat(contract.getSubmittedAt()).isNull();
        assertThat(contract.getDueOn()).isNull();
        assertThat(contract.getCreatedAt()).isEqualTo(CREATED);
    }

    @Test
    void cannotBeCreatedWithInvalidTerms() {
        assertThatThrownBy(() -> TechnologyContract.draft(SELLER, ContractTermsTest.terms("100", "200"), 11L, CREATED))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void submittingStartsAFifteenWorkingDayClock() {
        TechnologyContract contract = draft("120000");

        Transition transition = contract.submit(OWNER, SUBMITTED, WEEKDAYS);

        assertThat(transition.from()).isEqualTo(ContractStatus.DRAFT);
        assertThat(contract.getStatus()).isEqualTo(ContractStatus.SUBMITTED);
        assertThat(contract.getSubmittedAt()).isEqualTo(SUBMITTED);
        assertThat(contract.getDueOn()).isEqualTo(LocalDate.of(2024, 3, 25));
        assertThat(contract.getUpdatedAt()).isEqualTo(SUBMITTED);
    }

    @Test
    void aSmallContractIsRegisteredByOneOfficialWithTheNextNumberOfItsDistrictAndYear() {
        TechnologyContract contract = submitted("120000");
        Instant decided = Instant.parse("2024-03-12T03:00:00Z");

        Transition transition = contract.register(FIRST, decided, counter);

        assertThat(transition.to()).isEqualTo(ContractStatus.REGISTERED);
        assertThat(contract.getStatus()).isEqualTo(ContractStatus.REGISTERED);
        assertThat(contract.getRegistrationNo()).isEqualTo("2024440704000001");
        assertThat(contract.getRegisteredOn()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(contract.getFirstReviewerId()).isNull();
        assertThat(counter.calls).containsExactly("440704/2024");
    }

    @Test
    void aLargeContractGetsThirtyWorkingDaysAndTwoOfficials() {
        TechnologyContract contract = submitted("5000000.00");
        assertThat(contract.needsTwoOfficials()).isTrue();
        assertThat(contract.getDueOn()).isEqualTo(LocalDate.of(2024, 4, 15));

        contract.register(FIRST, Instant.parse("2024-03-20T03:00:00Z"), counter);

        assertThat(contract.getStatus()).isEqualTo(ContractStatus.PENDING_SECOND_REVIEW);
        assertThat(contract.getFirstReviewerId()).isEqualTo(21L);
        assertThat(contract.getDueOn()).as("the clock keeps running").isEqualTo(LocalDate.of(2024, 4, 15));
        assertThat(contract.getRegistrationNo()).isNull();
        assertThat(counter.calls).as("a first review draws no number").isEmpty();

        assertThatThrownBy(() -> contract.register(FIRST, Instant.parse("2024-03-21T03:00:00Z"), counter))
                .isInstanceOfSatisfying(ConflictException.class, e ->
                        assertThat(e.code()).isEqualTo("error.contract.secondReviewSameOfficial"));
        assertThat(counter.calls).isEmpty();

        contract.register(SECOND, Instant.parse("2024-03-22T03:00:00Z"), counter);

        assertThat(contract.getStatus()).isEqualTo(ContractStatus.REGISTERED);
        assertThat(contract.getFirstReviewerId()).isNull();
        assertThat(contract.getRegistrationNo()).isEqualTo("2024440704000001");
        assertThat(contract.getRegisteredOn()).isEqualTo(LocalDate.of(2024, 3, 22));
    }

    @Test
    void theRegistrationDateAndNumberYearAreThoseOfShanghai() {
        TechnologyContract contract = submitted("120000");

        // New Year's Eve 16:30 UTC is already 1 January 2025 in Shanghai
        contract.register(FIRST, Instant.parse("2024-12-31T16:30:00Z"), counter);

        assertThat(contract.getRegisteredOn()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(contract.getRegistrationNo()).startsWith("2025440704");
    }

    @Test
    void refusesANumberOfAnotherDistrictOrYear() {
        TechnologyContract contract = submitted("120000");

        assertThatThrownBy(() -> contract.register(FIRST, SUBMITTED, (region, year) -> new RegistrationNumber(year, "440703", 1)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReturnStopsTheClockAndAResubmissionStartsItAgain() {
        TechnologyContract contract = submitted("5000000");
        contract.register(FIRST, Instant.parse("2024-03-20T03:00:00Z"), counter);

        Transition returned = contract.returnForCorrection(SECOND, "请补充技术交易额说明", Instant.parse("2024-03-21T03:00:00Z"));

        assertThat(returned.reason()).isEqualTo("请补充技术交易额说明");
        assertThat(contract.getStatus()).isEqualTo(ContractStatus.RETURNED);
        assertThat(contract.getFirstReviewerId()).as("the next review starts afresh").isNull();
        assertThat(contract.getDueOn()).isNull();
        assertThat(contract.isOverdue(LocalDate.of(2030, 1, 1))).isFalse();

        Instant resubmitted = Instant.parse("2024-04-08T02:00:00Z"); // Monday
        contract.submit(OWNER, resubmitted, WEEKDAYS);

        assertThat(contract.getStatus()).isEqualTo(ContractStatus.SUBMITTED);
        assertThat(contract.getSubmittedAt()).isEqualTo(resubmitted);
        assertThat(contract.getDueOn()).isEqualTo(WEEKDAYS.addWorkingDays(LocalDate.of(2024, 4, 8), 30));
    }

    @Test
    void isOverdueFromTheDayAfterTheDueDateWhileAwaitingADecision() {
        TechnologyContract contract = submitted("120000");

        assertThat(contract.isOverdue(LocalDate.of(2024, 3, 25))).isFalse();
        assertThat(contract.isOverdue(LocalDate.of(2024, 3, 26))).isTrue();

        contract.register(FIRST, Instant.parse("2024-03-27T03:00:00Z"), counter);
        assertThat(contract.isOverdue(LocalDate.of(2024, 3, 27))).as("decided, even if late").isFalse();
    }

    @Test
    void aRejectionIsFinal() {
        TechnologyContract contract = submitted("120000");

        contract.reject(FIRST, new DecisionGround(RefusalReason.NOT_TECHNOLOGY_CONTRACT, "不属于技术合同"), SUBMITTED);

        assertThat(contract.getStatus()).isEqualTo(ContractStatus.REJECTED);
        assertThatThrownBy(() -> contract.submit(OWNER, SUBMITTED, WEEKDAYS)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aRevokedContractKeepsItsRegistrationNumber() {
        TechnologyContract contract = submitted("120000");
        contract.register(FIRST, SUBMITTED, counter);

        contract.revoke(SECOND, "合同已解除", Instant.parse("2024-06-01T03:00:00Z"));

        assertThat(contract.getStatus()).isEqualTo(ContractStatus.REVOKED);
        assertThat(contract.getRegistrationNo()).isEqualTo("2024440704000001");
        assertThat(contract.getRegisteredOn()).isEqualTo(LocalDate.of(2024, 3, 4));
    }

    @Test
    void aRefusedActionChangesNothing() {
        TechnologyContract contract = submitted("120000");

        assertThatThrownBy(() -> contract.returnForCorrection(FIRST, " ", Instant.parse("2024-03-05T03:00:00Z")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> contract.revoke(FIRST, "r", Instant.parse("2024-03-05T03:00:00Z")))
                .isInstanceOf(ConflictException.class);

        assertThat(contract.getStatus()).isEqualTo(ContractStatus.SUBMITTED);
        assertThat(contract.getDueOn()).isEqualTo(LocalDate.of(2024, 3, 25));
        assertThat(contract.getUpdatedAt()).isEqualTo(SUBMITTED);
    }

    @Test
    void theOwnerMayChangeTheTermsOnlyInDraftOrWhenReturned() {
        TechnologyContract contract = draft("120000");
        Instant edited = Instant.parse("2024-03-04T05:00:00Z");

        contract.updateTerms(SELLER, ContractTermsTest.terms("130000", "90000"), edited);
        assertThat(contract.getContractAmount()).isEqualByComparingTo("130000");
        assertThat(contract.getUpdatedAt()).isEqualTo(edited);

        contract.submit(OWNER, SUBMITTED, WEEKDAYS);
        assertThatThrownBy(() -> contract.updateTerms(SELLER, ContractTermsTest.terms("1", "1"), edited))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("error.contract.notEditable"));

        contract.returnForCorrection(FIRST, "金额有误", edited);
        contract.updateTerms(SELLER, ContractTermsTest.terms("125000", "90000"), edited);
        assertThat(contract.getContractAmount()).isEqualByComparingTo("125000");
    }

    @Test
    void anotherSellerCannotChangeTheTerms() {
        TechnologyContract contract = draft("120000");

        assertThatThrownBy(() -> contract.updateTerms(new ContractSeller(6L, "440704", "914403001922038216"),
                ContractTermsTest.terms("1", "1"), CREATED)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTermsReadBackAsTheyWereValidated() {
        TechnologyContract contract = draft("120000");

        assertThat(contract.getTerms()).isEqualTo(
                ContractTermsTest.terms("120000", "120000").validated(ContractTermsTest.TODAY, ContractTermsTest.SELLER_CODE));
    }
}
