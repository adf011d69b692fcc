package io.tscns.test.junit;

import java.lang.annotation.Annotation;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.commons.support.AnnotationSupport;

/** Finds an extension's annotation: on the test method first, then on the test class and its enclosing classes. */
final class Settings {

    private Settings() {}

    static <A extends Annotation> A find(ExtensionContext context, Class<A> type) {
        return context.getTestMethod()
                .flatMap(method -> AnnotationSupport.findAnnotation(method, type))
                .or(() -> findOnClass(context, type))
                .orElseThrow(() -> new ParameterResolutionException(
                        "annotate the test class or method with @" + type.getSimpleName()));
    }

    private static <A extends Annotation> java.util.Optional<A> findOnClass(ExtensionContext context, Class<A> type) {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            java.util.Optional<A> found = c.getTestClass().flatMap(t -> AnnotationSupport.findAnnotation(t, type));
            if (found.isPresent()) {
                return found;
            }
        }
        return java.util.Optional.empty();
    }
}
