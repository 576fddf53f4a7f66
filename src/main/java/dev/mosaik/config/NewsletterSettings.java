package dev.mosaik.config;

import dev.mosaik.diag.SourcePosition;
import java.util.Optional;

/**
 * The {@code newsletter} section of {@code site.yaml}.
 *
 * @param unsubscribe where a reader of the e-mail edition unsubscribes: a {@code mailto:} address or an
 *                    {@code https:} page; it becomes the link in the mail's footer and its {@code List-Unsubscribe}
 *                    header (RFC 2369), and an https address also allows one-click unsubscribing (RFC 8058)
 * @param position    where the section is (or would be) written, for problems about it
 */
public record NewsletterSettings(Optional<String> unsubscribe, SourcePosition position) {

    /** Whether mail clients may unsubscribe with one POST to the address, without a reader's further step (RFC 8058). */
    public boolean oneClick() {
        return unsubscribe.filter(u -> u.startsWith("https://")).isPresent();
    }
}
