package cn.kjj.platform.imports;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that run import jobs: few (2 by default), so that a burst of large files cannot
 * starve the requests of everyone else; further jobs wait in a bounded queue.
 */
@Configuration(proxyBeanMethods = false)
class ImportExecutorConfiguration {

    static final String EXECUTOR = "importExecutor";

    @Bean(name = EXECUTOR)
    ThreadPoolTaskExecutor importExecutor(@Value("${platform.imports.threads:2}") int threads,
                                          @Value("${platform.imports.queue:100}") int queue) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(queue);
        executor.setThreadNamePrefix("import-");
        // a job cut short stays unfinished and is reported as interrupted (ImportService#find)
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
        return executor;
    }
}
