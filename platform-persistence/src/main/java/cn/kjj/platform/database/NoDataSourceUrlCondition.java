package cn.kjj.platform.database;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when no external database is configured and the embedded one is not switched off. */
class NoDataSourceUrlCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var env = context.getEnvironment();
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
            return ConditionOutcome.noMatch("spring.datasource.url is set: using the external database");
        }
        if (!env.getProperty("platform.embedded-db.enabled", Boolean.class, true)) {
            return ConditionOutcome.noMatch("platform.embedded-db.enabled is false");
        }
        return ConditionOutcome.match("no spring.datasource.url: starting the embedded PostgreSQL");
    }
}
