package io.github.paperdigest.internal.fetch;

/** Names the project to the API, so that its operators know whom to ask before they block the traffic. */
final class UserAgent {

    static final String HOME = "https://github.com/paperdigest/paper-digest";

    private UserAgent() {
    }

    static String value() {
        String version = UserAgent.class.getPackage().getImplementationVersion();
        return "paper-digest/" + (version == null ? "development" : version) + " (+" + HOME + ")";
    }
}
