package org.mujaz.cli;

import picocli.CommandLine;

/** The version from the jar manifest (set by Maven), so it is never written twice. */
final class MujazVersion implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = MujazVersion.class.getPackage().getImplementationVersion();
        return new String[] {"mujaz " + (v == null ? "(development build)" : v)};
    }
}
