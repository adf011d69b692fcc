package io.tscns.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The example service provider (<i>fornitore di servizi di esempio</i>): a Spring Boot application behind nginx,
 * which terminates mutual TLS and forwards the citizen's CNS certificate; tscns-spring-boot-starter turns it into a
 * login. See this module's README for the quick start.
 */
@SpringBootApplication
public class CnsLoginExampleApplication {

    /**
     * Starts the application.
     *
     * @param arguments Spring Boot's arguments, e.g. {@code --server.port=8080}
     */
    public static void main(String[] arguments) {
        SpringApplication.run(CnsLoginExampleApplication.class, arguments);
    }
}
