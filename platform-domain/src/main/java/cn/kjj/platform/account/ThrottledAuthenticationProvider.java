package cn.kjj.platform.account;

import cn.kjj.platform.identity.AccountPrincipal;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Username and password, checked against the account table through {@link LoginThrottle}: a
 * locked account is refused with the same error (and about the same time) as a wrong password,
 * a wrong password is counted, a success resets the count. The portal's form login and the API's
 * HTTP Basic (token creation) both use it.
 */
public final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private volatile String decoyHash;

    public ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.encoder = encoder;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        if (throttle.isLocked(username)) {
            // as slow as a real check, so that the answer's timing does not tell a lock from a wrong password
            encoder.matches(String.valueOf(authentication.getCredentials()), decoy());
            throw new BadCredentialsException("Bad credentials");
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException e) {
            throttle.failed(username);
            throw e;
        }
        if (result != null && result.getPrincipal() instanceof AccountPrincipal principal) {
            throttle.succeeded(principal.id());
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String decoy() {
        String hash = decoyHash;
        if (hash == null) {
            hash = encoder.encode("not a password of anybody");
            decoyHash = hash;
        }
        return hash;
    }
}
