package cn.kjj.platform.imports;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** What an import checks against the registries, asked once per file rather than once per row. */
public interface ImportLookups {

    /** An enterprise of the registry, as a reference from another record. */
    record EnterpriseRef(long id, String regionCode) {
    }

    /** A record named {@code name} (trimmed, lower case) in {@code regionCode}. */
    record NameInRegion(String name, String regionCode) {

        public static NameInRegion of(String name, String regionCode) {
            return new NameInRegion(name.strip().toLowerCase(java.util.Locale.ROOT), regionCode);
        }
    }

    /** The registered enterprises among {@code creditCodes}, by credit code. */
    Map<String, EnterpriseRef> enterprisesByCreditCode(Collection<String> creditCodes);

    /** The certificate numbers among {@code numbers} that are already registered. */
    Set<String> existingCertificateNumbers(Collection<String> numbers);

    /** Among {@code numbers}, those of contracts registered here and those of registrations imported before. */
    Set<String> registrationNumbersHeld(Collection<String> numbers, boolean imported);

    Set<NameInRegion> incubatorsIn(Collection<String> regionCodes);

    Set<NameInRegion> labsIn(Collection<String> regionCodes);

    /** Of these enterprises, those already registered as technology SMEs, as {@code enterpriseId/year}. */
    Set<String> techSmeYears(Collection<Long> enterpriseIds);

    /** Of these numbers, those already held, as {@code year/registrationNo}. */
    Set<String> techSmeNumbers(Collection<String> registrationNos);

    /** An achievement's title (trimmed, lower case) as its holder lists it. */
    record HolderTitle(String holder, String title) {

        public static HolderTitle of(String holder, String title) {
            return new HolderTitle(holder.strip(), title.strip().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** The achievements of these holders already published. */
    Set<HolderTitle> achievementsOf(Collection<String> holders);
}
