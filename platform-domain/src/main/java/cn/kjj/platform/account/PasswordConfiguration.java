package cn.kjj.platform.account;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    /**
     * Delegating encoder: new hashes use bcrypt ({@code {bcrypt}} prefix), and a later move
     * to another algorithm upgrades old hashes on login instead of invalidating them; hashes of
     * the other ids are matched as Spring Security's default delegating encoder matches them.
     *
     * @param strength bcrypt's log2 rounds, 10 (Spring Security's default) unless
     *     {@code platform.password.bcrypt-strength} says otherwise: only the test profiles lower it
     *     (each hash then takes a millisecond instead of ~100 ms; docs/security.md)
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${platform.password.bcrypt-strength:10}") int strength) {
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
                Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
        encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return encoder;
    }
}
