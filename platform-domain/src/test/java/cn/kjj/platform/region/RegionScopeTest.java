package cn.kjj.platform.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.region.RegionScope.Readers;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one rule of which regions a caller reads and writes, for every role. */
class RegionScopeTest {

    private static final String CITY = "440700";
    private static final String JIANGHAI = "440704";
    private static final String PENGJIANG = "440703";
    private static final List<String> CODES = List.of(CITY, PENGJIANG, JIANGHAI);

    private RegionScope scope;

    @BeforeEach
    void setUp() {
        RegionDirectory regions = mock(RegionDirectory.class);
        when(regions.isWithin(anyString(), anyString())).thenAnswer(call -> {
            String code = call.getArgument(0);
            String within = call.getArgument(1);
            return code.equals(within) || within.equals(CITY) && CODES.contains(code);
        });
        when(regions.codesWithin(anyString())).thenAnswer(call -> new TreeSet<>(CODES.stream()
                .filter(c -> regions.isWithin(c, call.getArgument(0))).toList()));
        when(regions.find(anyString())).thenAnswer(call -> CODES.contains((String) call.getArgument(0))
                ? Optional.of(region(call.getArgument(0))) : Optional.empty());
        when(regions.require(anyString())).thenAnswer(call -> regions.find(call.getArgument(0))
                .orElseThrow(() -> new NotFoundException("error.region.notFound", "no region")));
        when(regions.all()).thenReturn(CODES.stream().map(RegionScopeTest::region).toList());
        scope = new RegionScope(regions);
    }

    @Test
    void administratorsAndAnalystsReadEveryRegionOfficialsTheirOwnAndBelowEnterprisesNone() {
        assertThat(scope.readable(person(Role.ADMIN, null))).isEqualTo(Regions.EVERY);
        assertThat(scope.readable(person(Role.ANALYST, null))).isEqualTo(Regions.EVERY);
        assertThat(scope.readable(person(Role.OFFICIAL, CITY)).codes())
                .containsExactlyInAnyOrder(CITY, PENGJIANG, JIANGHAI);
        assertThat(scope.readable(person(Role.OFFICIAL, JIANGHAI)).codes()).containsExactly(JIANGHAI);
        assertThat(scope.readable(person(Role.ENTERPRISE, null)).isEmpty()).isTrue();
        assertThat(scope.readable(person(Role.ENTERPRISE, null), Readers.EVERYONE)).isEqualTo(Regions.EVERY);
        assertThat(scope.canRead(person(Role.OFFICIAL, JIANGHAI), PENGJIANG)).isFalse();
        assertThat(scope.canRead(person(Role.OFFICIAL, CITY), PENGJIANG)).isTrue();
    }

    @Test
    void administratorsWriteEverywhereOfficialsInTheirRegionAnalystsNowhere() {
        assertThat(scope.canWrite(person(Role.ADMIN, null), PENGJIANG)).isTrue();
        assertThat(scope.canWrite(person(Role.OFFICIAL, JIANGHAI), JIANGHAI)).isTrue();
        assertThat(scope.canWrite(person(Role.OFFICIAL, JIANGHAI), PENGJIANG)).isFalse();
        assertThat(scope.canWrite(person(Role.ANALYST, null), JIANGHAI)).isFalse();
        assertThatThrownBy(() -> RegionScope.requireWriter(person(Role.ANALYST, null), "records"))
                .isInstanceOfSatisfying(AccessDeniedToRecordException.class,
                        e -> assertThat(e.code()).isEqualTo("error.registry.readOnly"));
        assertThatThrownBy(() -> RegionScope.requireReader(person(Role.ENTERPRISE, null)))
                .isInstanceOfSatisfying(AccessDeniedToRecordException.class,
                        e -> assertThat(e.code()).isEqualTo("error.access.denied"));
    }

    @Test
    void aRegionOutsideTheWritersScopeOrUnknownIsNamedOnTheField() {
        FieldErrors errors = new FieldErrors();
        scope.checkWritable(errors, "regionCode", person(Role.OFFICIAL, JIANGHAI), PENGJIANG);
        scope.checkWritable(errors, "place", person(Role.ADMIN, null), "999999");
        scope.checkWritable(errors, "regionCode", person(Role.ADMIN, null), "4407");

        assertThatThrownBy(errors::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field,
                                InvalidInputException.FieldError::code)
                        .containsExactly(tuple("regionCode", "error.region.outOfScope"),
                                tuple("place", "error.region.unknown")));
    }

    @Test
    void filtersAndFormsOfferTheCallersRegionsAndAListFilterCoversTheRegionsBelow() {
        assertThat(scope.forFilters(person(Role.OFFICIAL, JIANGHAI))).extracting(RegionView::code)
                .containsExactly(JIANGHAI);
        assertThat(scope.forFilters(person(Role.ENTERPRISE, null))).hasSize(3);
        assertThat(scope.forForms(person(Role.ANALYST, null))).isEmpty();
        assertThat(scope.forForms(person(Role.ADMIN, null))).hasSize(3);
        assertThat(scope.filter(" ")).isEqualTo(Regions.EVERY);
        assertThat(scope.filter(CITY).codes()).containsExactlyInAnyOrder(CITY, PENGJIANG, JIANGHAI);
        assertThatThrownBy(() -> scope.filter("999999")).isInstanceOf(NotFoundException.class);
        assertThat(scope.known("999999")).isNull();
        assertThat(scope.known(" 440704 ")).isEqualTo(JIANGHAI);
    }

    private static AccountPrincipal person(Role role, String region) {
        return new AccountPrincipal(1L, "someone", "Someone", Set.of(role), region, null, true, null);
    }

    private static RegionView region(String code) {
        return new RegionView(code, code, code, code.equals(CITY) ? RegionLevel.CITY : RegionLevel.DISTRICT,
                code.equals(CITY) ? null : CITY);
    }
}
