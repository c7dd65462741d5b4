package cn.kjj.platform.demo;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

class DemoDataRunnerTest {

    private final DemoDataLoader loader = mock(DemoDataLoader.class);

    DemoDataRunnerTest() {
        when(loader.load()).thenReturn(new DemoDataSummary(5, java.util.Map.of("enterprise", 1), 1));
    }

    @Test
    void withoutASettingTheEmbeddedDatabaseGetsDemoData() {
        runner(new MockEnvironment(), true).afterSingletonsInstantiated();

        verify(loader).load();
    }

    @Test
    void withoutASettingAnExternalDatabaseGetsNoDemoData() {
        runner(new MockEnvironment(), false).afterSingletonsInstantiated();

        verify(loader, never()).load();
    }

    @Test
    void theSettingFalseKeepsDemoDataOutOfTheEmbeddedDatabase() {
        runner(new MockEnvironment().withProperty("platform.demo-data", "false"), true).afterSingletonsInstantiated();

        verify(loader, never()).load();
    }

    @Test
    void theSettingTrueLoadsDemoDataIntoAnExternalDatabase() {
        runner(new MockEnvironment().withProperty("platform.demo-data", "true"), false).afterSingletonsInstantiated();

        verify(loader).load();
    }

    private DemoDataRunner runner(MockEnvironment environment, boolean embedded) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (embedded) {
            beans.addBean("embeddedPostgres", mock(EmbeddedPostgres.class));
        }
        return new DemoDataRunner(environment, beans.getBeanProvider(EmbeddedPostgres.class), loader);
    }
}
