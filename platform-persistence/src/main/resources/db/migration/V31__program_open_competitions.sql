-- Open competitions (揭榜挂帅) and horse races (赛马), issue 15, decision 0044. A call on an
-- OPEN_COMPETITION program publishes a challenge with its prize: the prize stays reserved in the
-- call's budget until a winner is named, so the teams approved in parallel share what is left.
-- A stage review (阶段评审) passes a team on to its next stage or drops it (DROPPED): the unpaid
-- rest of its approval is cancelled and goes back to the call's and the program's budgets. The
-- winner's approval grows by the prize.

alter table program_call
    add column prize                 numeric(18, 2) check (prize > 0),
    add column winner_application_id bigint references program_application (id),
    add constraint program_call_winner_has_prize check (winner_application_id is null or prize is not null),
    drop constraint program_call_within_budget,
    add constraint program_call_within_budget check (
        approved_total + case when winner_application_id is null then coalesce(prize, 0) else 0 end <= budget);

alter table program_application
    add column stage            integer        not null default 0 check (stage >= 0),
    add column cancelled_amount numeric(18, 2) not null default 0 check (cancelled_amount >= 0),
    add column prize_amount     numeric(18, 2) not null default 0 check (prize_amount >= 0),
    drop constraint program_application_status_check,
    add constraint program_application_status_check check (status in ('SUBMITTED', 'RETURNED', 'REJECTED',
        'UNDER_REVIEW', 'APPROVED', 'DECLINED', 'MIDTERM_PASSED', 'MIDTERM_FAILED', 'EXTENDED', 'COMPLETED',
        'COMPLETION_FAILED', 'TERMINATED', 'DROPPED')),
    drop constraint program_application_approved_within_requested,
    add constraint program_application_approved_within_requested
        check (approved_amount is null or approved_amount <= requested_amount + prize_amount),
    drop constraint program_application_paid_within_approved,
    add constraint program_application_paid_within_approved
        check (paid_total + cancelled_amount <= coalesce(approved_amount, 0)),
    add constraint program_application_cancelled_when_dropped check (cancelled_amount = 0 or status = 'DROPPED'),
    drop constraint program_application_approved_when_funded,
    add constraint program_application_approved_when_funded check ((approved_amount is not null) = (status in (
        'APPROVED', 'MIDTERM_PASSED', 'MIDTERM_FAILED', 'EXTENDED', 'COMPLETED', 'COMPLETION_FAILED', 'TERMINATED',
        'DROPPED')));

alter table program_application_history
    drop constraint program_application_history_check,
    add constraint program_application_history_check check (
        to_status not in ('RETURNED', 'REJECTED', 'DECLINED', 'TERMINATED', 'DROPPED')
        or coalesce(length(btrim(reason)), 0) > 0);
