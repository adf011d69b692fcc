/**
 * The example service provider: Spring Boot and Spring Security with tscns-spring-boot-starter behind nginx. An
 * application, not a library: it exports nothing and opens its package to Spring, which builds its beans and binds
 * its requests by reflection.
 */
module io.tscns.example {
    requires io.tscns.spring.boot;
    requires spring.core;
    requires spring.beans;
    requires spring.context;
    requires spring.web;
    requires spring.boot;
    requires spring.boot.autoconfigure;
    requires spring.security.core;
    requires spring.security.config;
    requires spring.security.web;

    opens io.tscns.example to
            spring.core,
            spring.beans,
            spring.context,
            spring.web,
            spring.webmvc;
}
