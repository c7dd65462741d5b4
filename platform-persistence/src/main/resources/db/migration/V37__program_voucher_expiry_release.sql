-- An expired innovation voucher gives back what was not redeemed (issue 15, decision 0051, amending
-- decision 0043): the program's budget keeps committed only what vouchers can still be, or were, used for:
-- issued - released. A voucher's release is stored once, for exactly its unredeemed part, and only after
-- its last day; the program counts what its vouchers released, and the one budget guard subtracts it.

alter table program
    add column voucher_released_total numeric(18, 2) not null default 0,
    add constraint program_voucher_released_within_issued
        check (voucher_released_total >= 0 and voucher_released_total <= voucher_total),
    drop constraint program_commitments_within_budget,
    add constraint program_commitments_within_budget
        check (awarded_total + approved_total + voucher_total - voucher_released_total <= budget);

alter table innovation_voucher
    add column released_amount numeric(18, 2),
    add column released_on     date,
    add constraint innovation_voucher_released_unredeemed_part
        check (released_amount > 0 and released_amount = amount - coalesce(redeemed_amount, 0)),
    add constraint innovation_voucher_released_after_expiry
        check ((released_amount is null) = (released_on is null) and released_on > valid_to);

alter table innovation_voucher_history
    drop constraint innovation_voucher_history_action_check,
    add constraint innovation_voucher_history_action_check
        check (action in ('ISSUE', 'REDEEM', 'PAY', 'RELEASE'));
