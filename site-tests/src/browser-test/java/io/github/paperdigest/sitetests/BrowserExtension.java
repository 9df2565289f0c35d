package io.github.paperdigest.sitetests;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives browser tests their {@link Browser}: {@code @ExtendWith(BrowserExtension.class)} on the class, and a
 * {@code Browser} parameter on a test method, a lifecycle method or the constructor. One Chromium serves the whole
 * run, since starting one takes about a second and the tests run one after another; it is reset before each test,
 * and quit when the run ends (JUnit closes what the root context's store holds).
 */
final class BrowserExtension implements ParameterResolver, BeforeEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browser(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser(context).reset();
    }

    private static Browser browser(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Browser.class, key -> {
            ChromiumSetup setup = ChromiumSetup.fromSystemProperties();
            Browser browser = Browser.start(setup);
            System.out.printf("Browser tests run in %s (%s)%n", browser.version(), setup);
            return browser;
        }, Browser.class);
    }
}
