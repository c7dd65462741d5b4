package cn.kjj.platform;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The API module on its own (without the portal): what the API tests start. */
@SpringBootApplication
public class ApiTestApplication {
}
