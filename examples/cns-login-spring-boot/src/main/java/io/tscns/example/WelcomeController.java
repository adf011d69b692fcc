package io.tscns.example;

import io.tscns.auth.identity.CnsIdentity;
import io.tscns.spring.security.CnsAuthenticationToken;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The page that says who logged in (<i>pagina di benvenuto</i>). */
@RestController
public class WelcomeController {

    /**
     * Greets the citizen.
     *
     * @param login the authenticated CNS login
     * @return the page
     */
    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    public String welcome(CnsAuthenticationToken login) {
        CnsIdentity identity = login.identity();
        return "<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\"><title>Benvenuto</title></head><body>"
                + "<h1>Benvenuto, " + HtmlUtils.htmlEscape(identity.givenName() + " " + identity.surname()) + "</h1>"
                + "<p>Codice fiscale: <strong>" + HtmlUtils.htmlEscape(login.getName()) + "</strong></p>"
                + "<p>Carta " + HtmlUtils.htmlEscape(identity.cardId().value()) + ", rilasciata da "
                + HtmlUtils.htmlEscape(identity.administration()) + "</p></body></html>";
    }
}
