package dev.mosaik.content;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The {@code %} escapes of a link's path, decoded strictly. ({@code URLDecoder} is for forms: it reads '+' as a space
 * and lets broken bytes through.)
 */
final class PercentEscapes {

    private PercentEscapes() {}

    /**
     * {@code path} with its {@code %} escapes decoded as UTF-8 and in Unicode NFC; empty when an escape is broken or
     * the bytes are no UTF-8 text.
     */
    static Optional<String> decoded(String path) {
        if (path.indexOf('%') < 0) {
            return Optional.of(UrlSegment.normalise(path));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder text = new StringBuilder();
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
        try {
            for (int i = 0; i < path.length(); i++) {
                char c = path.charAt(i);
                if (c == '%') {
                    if (i + 2 >= path.length()
                            || Character.digit(path.charAt(i + 1), 16) < 0
                            || Character.digit(path.charAt(i + 2), 16) < 0) {
                        return Optional.empty();
                    }
                    bytes.write(Integer.parseInt(path, i + 1, i + 3, 16));
                    i += 2;
                    continue;
                }
                text.append(utf8.decode(ByteBuffer.wrap(bytes.toByteArray())));
                bytes.reset();
                text.append(c);
            }
            text.append(utf8.decode(ByteBuffer.wrap(bytes.toByteArray())));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        return Optional.of(UrlSegment.normalise(text.toString()));
    }
}
