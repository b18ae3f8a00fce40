package org.mujaz.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NuHtmlCheckerTest {

    @Test
    void acceptsValidAndRejectsInvalid() throws Exception {
        String ok = "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>موجز</title></head><body><p>نص</p></body></html>";
        assertThat(NuHtmlChecker.errors(ok.getBytes(StandardCharsets.UTF_8))).isEmpty();
        String bad = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"></head><body><p><div>x</div></p></body></html>";
        assertThat(NuHtmlChecker.errors(bad.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    }
}
