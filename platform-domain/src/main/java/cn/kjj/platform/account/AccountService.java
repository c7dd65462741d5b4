package cn.kjj.platform.account;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.enterprise.EnterpriseRepository;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.identity.SignedInAccounts;
import cn.kjj.platform.region.RegionDirectory;
import cn.kjj.platform.region.RegionScope;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: created and changed by administrators. */
@Service
public class AccountService implements SignedInAccounts {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final RegionDirectory regions;
    private final EnterpriseRepository enterprises;
    private final AuditLog audit;
    private final Clock clock;
    private final Validator validator;
    private final PasswordPolicy passwordPolicy;
    private final LoginThrottle throttle;
    private final ExpertDirectory experts;
    private final RegionScope scope;
    private final TokenValidityCache tokenValidity;

    @SuppressWarnings("java:S107")
    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, RegionDirectory regions,
                   EnterpriseRepository enterprises, AuditLog audit, Clock clock, Validator validator,
                   PasswordPolicy passwordPolicy, LoginThrottle throttle, ExpertDirectory experts,
                   RegionScope scope, TokenValidityCache tokenValidity) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.regions = regions;
        this.enterprises = enterprises;
        this.audit = audit;
        this.clock = clock;
        this.validator = validator;
        this.passwordPolicy = passwordPolicy;
        this.throttle = throttle;
        this.experts = experts;
        this.scope = scope;
        this.tokenValidity = tokenValidity;
    }

    @Transactional
    public AccountView create(NewAccount request) {
        requireValid(request);
        String username = request.username().trim().toLowerCase(Locale.ROOT);
        checkBindings(request.roles(), request.regionCode(), request.enterpriseId(), request.expertId());
        requireFree(username, request.expertId());
        Account account = request.expertId() == null
                ? new Account(username, passwordEncoder.encode(request.password()), request.displayName().trim(),
                        request.roles(), request.regionCode(), request.enterpriseId(), clock.instant())
                : new Account(username, passwordEncoder.encode(request.password()), request.displayName().trim(),
                        request.roles(), request.expertId(), clock.instant());
        return saved(account, null);
    }

    /**
     * An official of the expert's region (or an administrator) gives an expert of the registry a
     * sign-in account with the role EXPERT, bound to him (decision 0042): an expert outside the
     * caller's reading scope is 404, one he may read but not keep 403, a second account 409
     * {@code error.account.expertHasAccount}. Audited with the expert's region.
     */
    @Transactional
    public AccountView createForExpert(AccountPrincipal actor, long expertId, NewExpertAccount request) {
        ExpertDirectory.ExpertEntry expert = experts.find(expertId)
                .filter(e -> scope.canRead(actor, e.regionCode()))
                .orElseThrow(() -> NotFoundException.of("expert", expertId));
        if (!scope.canWrite(actor, expert.regionCode())) {
            throw new AccessDeniedToRecordException("error.registry.readOnly",
                    "only officials of the expert's region give him an account");
        }
        String displayName = request.displayName() == null || request.displayName().isBlank() ? expert.name()
                : request.displayName();
        NewAccount account = new NewAccount(request.username() == null ? null : request.username().trim(),
                request.password(), displayName, Set.of(Role.EXPERT), null, null, expertId);
        requireValid(account);
        String username = account.username().toLowerCase(Locale.ROOT);
        requireFree(username, expertId);
        return saved(new Account(username, passwordEncoder.encode(account.password()), displayName.trim(),
                Set.of(Role.EXPERT), expertId, clock.instant()), expert.regionCode());
    }

    /** The account of an expert of the registry, if he has one (decision 0042). */
    @Transactional(readOnly = true)
    public Optional<AccountView> ofExpert(long expertId) {
        return accounts.findByExpertId(expertId).map(AccountView::of);
    }

    private void requireFree(String username, Long expertId) {
        if (accounts.existsByUsername(username)) {
            throw new ConflictException("error.account.usernameTaken", "Username " + username + " is taken", username);
        }
        if (expertId != null && accounts.existsByExpertId(expertId)) {
            throw new ConflictException("error.account.expertHasAccount", "the expert already has an account",
                    expertId);
        }
    }

    private AccountView saved(Account account, String auditRegion) {
        Account saved = accounts.saveAndFlush(account);
        AccountView view = AccountView.of(saved);
        audit.record("account.create", "account", saved.getId(),
                auditRegion != null ? auditRegion : saved.getRegionCode(), null, view);
        return view;
    }

    @Transactional(readOnly = true)
    public Page<AccountView> list(Pageable pageable) {
        return accounts.findAll(pageable).map(AccountView::of);
    }

    @Transactional(readOnly = true)
    public AccountView get(Long id) {
        return AccountView.of(require(id));
    }

    @Transactional
    public AccountView change(Long id, AccountChange change) {
        Account account = require(id);
        AccountView before = AccountView.of(account);
        Instant now = clock.instant();
        if (change.changesBindings()) {
            Set<Role> roles = change.roles() != null ? change.roles() : account.getRoles();
            String region = change.clearRegion() ? null
                    : change.regionCode() != null ? change.regionCode() : account.getRegionCode();
            Long enterprise = change.clearEnterprise() ? null
                    : change.enterpriseId() != null ? change.enterpriseId() : account.getEnterpriseId();
            checkBindings(roles, region, enterprise, account.getExpertId());
            account.changeRoles(roles, region, enterprise, now);
        }
        if (change.enabled() != null) {
            account.changeEnabled(change.enabled(), now);
        }
        if (change.displayName() != null) {
            if (!FieldErrors.isStorable(change.displayName())) {
                throw InvalidInputException.forField("displayName", "error.field.invalidCharacters",
                        "contains control characters or broken Unicode");
            }
            account.changeDisplayName(change.displayName().trim(), now);
        }
        if (change.password() != null) {
            FieldErrors errors = new FieldErrors();
            passwordPolicy.check(change.password(), account.getUsername(), "password", errors);
            errors.throwIfAny();
            account.changePassword(passwordEncoder.encode(change.password()), now);
        }
        accounts.flush();
        // roles, region, enterprise or the enabled flag: this node's remembered tokens must not outlive them
        tokenValidity.forgetAccount(account.getId());
        AccountView after = AccountView.of(account);
        audit.record(change.password() == null ? "account.change" : "account.change.password", "account", id,
                account.getRegionCode(), before, after);
        return after;
    }

    /**
     * An administrator opens an account locked after failed logins, and its count of failures
     * starts again; audited ({@code account.unlock}) when there was a lock or a count to clear.
     * Its API tokens are not affected either way: a lock never stopped them (decision 0030).
     */
    @Transactional
    public AccountView unlock(Long id) {
        Account account = require(id);
        throttle.unlock(account.getId(), account.getRegionCode(), account.getFailedLogins(), account.getLockedUntil());
        return AccountView.of(account).withoutLock();
    }

    /**
     * The signed-in person changes their own password: the current one is required (a wrong one
     * counts as a failed login), the new one must satisfy the policy. Returns the account's new
     * session stamp ({@link #signedIn}): the session that made the change keeps working with it, every other
     * portal session of the account ends on its next request. API tokens stay valid.
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public String changeOwnPassword(AccountPrincipal me, String currentPassword, String newPassword) {
        Account account = require(me.id());
        FieldErrors errors = new FieldErrors();
        if (currentPassword == null || currentPassword.isEmpty() || throttle.isLocked(account.getUsername())
                || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            errors.add("currentPassword", "error.password.current", "the current password is wrong");
            throttle.failed(account.getUsername());
            errors.throwIfAny();
        }
        passwordPolicy.check(newPassword, account.getUsername(), "newPassword", errors);
        if (errors.isEmpty() && newPassword.equals(currentPassword)) {
            errors.add("newPassword", "error.password.unchanged", "must differ from the current password");
        }
        errors.throwIfAny();
        AccountView before = AccountView.of(account);
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        accounts.flush();
        audit.record("account.password", "account", account.getId(), account.getRegionCode(), before,
                AccountView.of(account));
        return stampOf(account);
    }

    /**
     * What an open session needs to know about its account on each request, in one read: the
     * account as it is now (without its password hash) and its session stamp (a value that changes
     * whenever the password does); empty when the account is gone or disabled.
     */
    @Override
    @Transactional(readOnly = true)
    public Optional<SignedInAccount> signedIn(long accountId) {
        return accounts.findById(accountId).filter(Account::isEnabled)
                .map(account -> new SignedInAccount(account.principal().withoutPassword(), stampOf(account)));
    }

    private static String stampOf(Account account) {
        Instant changed = account.getPasswordChangedAt();
        return changed == null ? "initial" : changed.toString();
    }

    /** The command's own constraints (username pattern, password length, ...) hold on every path, not only the API's. */
    private void requireValid(NewAccount request) {
        FieldErrors errors = new FieldErrors();
        if (request.password() != null && !request.password().isBlank()) {
            passwordPolicy.check(request.password(), request.username(), "password", errors);
        }
        for (ConstraintViolation<NewAccount> violation : validator.validate(request)) {
            String template = violation.getMessageTemplate();
            String code = template.startsWith("{") && template.endsWith("}")
                    ? template.substring(1, template.length() - 1) : "error.validation.field";
            errors.add(violation.getPropertyPath().toString(), code, violation.getMessage());
        }
        if (request.displayName() != null && !FieldErrors.isStorable(request.displayName())) {
            errors.add("displayName", "error.field.invalidCharacters", "contains control characters or broken Unicode");
        }
        errors.throwIfAny();
    }

    private Account require(Long id) {
        return accounts.findById(id).orElseThrow(() -> NotFoundException.of("account", id));
    }

    private void checkBindings(Set<Role> roles, String regionCode, Long enterpriseId, Long expertId) {
        List<FieldError> errors = new ArrayList<>();
        // an expert's account sees his reviews and nothing else: EXPERT stands alone, bound to its expert,
        // and an account bound to an expert is never anything else (decision 0042)
        if (roles.contains(Role.EXPERT) && expertId == null) {
            errors.add(new FieldError("roles", "error.account.expertRequired",
                    "expert accounts are made from the experts registry"));
        }
        if (roles.contains(Role.EXPERT) && roles.size() > 1 || expertId != null && !roles.equals(Set.of(Role.EXPERT))) {
            errors.add(new FieldError("roles", "error.account.expertAlone", "EXPERT is never combined with another role"));
        }
        if (expertId != null && experts.find(expertId).isEmpty()) {
            errors.add(new FieldError("expertId", "error.expert.unknown", "unknown expert " + expertId));
        }
        if (roles.contains(Role.OFFICIAL) && regionCode == null) {
            errors.add(new FieldError("regionCode", "error.account.regionRequired", "an official needs a region"));
        }
        if (regionCode != null && regions.find(regionCode).isEmpty()) {
            errors.add(new FieldError("regionCode", "error.region.unknown", "unknown region " + regionCode));
        }
        if (roles.contains(Role.ENTERPRISE) && enterpriseId == null) {
            errors.add(new FieldError("enterpriseId", "error.account.enterpriseRequired",
                    "an enterprise account needs an enterprise"));
        }
        if (enterpriseId != null && !enterprises.existsById(enterpriseId)) {
            errors.add(new FieldError("enterpriseId", "error.enterprise.unknown", "unknown enterprise " + enterpriseId));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
