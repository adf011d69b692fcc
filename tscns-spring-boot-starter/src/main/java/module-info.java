/**
 * CNS login for Spring Boot: auto-configuration from {@code tscns.auth.*}, Spring Security's provider, principal
 * extractor and filter, an Actuator health indicator and Micrometer metrics. Spring Security, Actuator and Micrometer
 * are optional: the auto-configuration uses what the application has.
 */
module io.tscns.spring.boot {
    requires transitive io.tscns.auth;
    requires static jakarta.servlet;
    requires spring.core;
    requires spring.beans;
    requires spring.context;
    requires spring.web;
    requires spring.boot;
    requires spring.boot.autoconfigure;
    requires static org.jspecify;
    requires static spring.security.core;
    requires static spring.security.web;
    requires static spring.security.config;
    requires static spring.boot.health;
    requires static micrometer.core;

    exports io.tscns.spring.boot;
    exports io.tscns.spring.boot.actuate;
    exports io.tscns.spring.security;

    opens io.tscns.spring.boot to
            spring.core,
            spring.beans,
            spring.context,
            spring.boot;
}
