package cn.kjj.platform.account;

import java.time.Instant;

/** A token just issued: the only time its clear text is ever shown. */
public record IssuedToken(Long id, String name, String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedToken[id=" + id + ", name=" + name + ", expiresAt=" + expiresAt + "]";
    }
}
