package org.attache.core;

/** The version of Attaché, as written into the jar's manifest by the build. */
public final class Version {
    private Version() {
    }

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
