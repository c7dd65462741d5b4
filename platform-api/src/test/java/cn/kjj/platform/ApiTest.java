package cn.kjj.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the API through HTTP (MockMvc) on the whole application and a real PostgreSQL. Every
 * class with this annotation shares one Spring context, so the database starts once: do not add
 * {@code @MockitoBean}s or properties to a single class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ApiTestApplication.class)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface ApiTest {
}
