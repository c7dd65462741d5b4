package cn.kjj.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link StalePostmasterTest}: starts an embedded PostgreSQL on the directory
 * given as the first argument, prints {@value #READY} and waits to be killed.
 */
public final class OrphanedPostmasterMain {

    static final String READY = "READY";

    private OrphanedPostmasterMain() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(Path.of(args[0]))
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .start();
        System.out.println(READY + " " + postgres.getPort());
        System.out.flush();
        // the parent kills this JVM; the deadline only keeps a forgotten child from living forever
        Thread.sleep(120_000);
    }
}
