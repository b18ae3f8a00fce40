package org.mujaz.render;

import java.io.IOException;

/** Where rendered files go: a staged output folder in a build, a map in tests. */
@FunctionalInterface
public interface PageSink {

    /** @param relativePath '/'-separated path under the output folder, e.g. {@code en/briefs/x/index.html} */
    void write(String relativePath, byte[] content) throws IOException;
}
