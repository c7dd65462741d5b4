package cn.kjj.platform.enterprise;

import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.registry.CreditCodes;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * How the records of other features name an enterprise of the registry (a lab's host, a
 * program's award): by id, shown with its name and credit code, entered by credit code.
 */
@Component
public record EnterpriseReferences(EnterpriseRepository enterprises, RegionScope scope) implements CreditCodes {

    /** An enterprise as another record shows it. */
    public record Reference(Long id, String name, String creditCode) {

        static Reference of(Enterprise e) {
            return new Reference(e.getId(), e.getName(), e.getCreditCode());
        }
    }

    /** The id of the enterprise with this credit code, for forms that name an enterprise by its code. */
    @Override
    public Optional<Long> idByCreditCode(String creditCode) {
        String code = creditCode == null ? null : creditCode.strip().toUpperCase(Locale.ROOT);
        // what cannot be a credit code names no enterprise (and never reaches the database: a NUL would fail there)
        if (code == null || !CreditCode.isValid(code)) {
            return Optional.empty();
        }
        return enterprises.findByCreditCode(code).map(Enterprise::getId);
    }

    /** The enterprises of these ids (null ids left out), by id, in one query. */
    public Map<Long, Reference> byId(Collection<Long> ids) {
        return enterprises.findAllById(ids.stream().filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .map(Reference::of).collect(Collectors.toMap(Reference::id, Function.identity()));
    }

    /**
     * The enterprise {@code id} names if the actor may keep records of its region; else records
     * {@code error.enterprise.unknown} on {@code field} and gives null. A null id is no reference.
     */
    public Reference usable(FieldErrors errors, String field, AccountPrincipal actor, Long id) {
        if (id == null) {
            return null;
        }
        Reference found = enterprises.findById(id).filter(e -> scope.canWrite(actor, e.getRegionCode()))
                .map(Reference::of).orElse(null);
        if (found == null) {
            errors.add(field, "error.enterprise.unknown", "no enterprise " + id + " in your region");
        }
        return found;
    }
}
