package io.tscns.examples;

/**
 * An example shown in a README (the root one or a module's): a real class whose regions between
 * {@code // tag::name[]} and {@code // end::name[]} the README includes between
 * {@code <!-- example: Class#name -->} and {@code <!-- /example -->}. {@link ReadmeExamplesTest} checks that each README snippet is the region of its file
 * and runs every example. To add one: write a class implementing this interface in this package, with a public
 * no-argument constructor, and put its markers in the README.
 */
public interface ReadmeExample {

    /**
     * Runs the example against the test kit, checking its outcome.
     *
     * @throws Exception   if a step fails
     * @throws AssertionError if the outcome is not the expected one
     */
    void run() throws Exception;
}
