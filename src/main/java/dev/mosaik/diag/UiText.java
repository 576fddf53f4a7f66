package dev.mosaik.diag;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A message as a key of the editor's message bundles ({@code ui/messages_de.properties}, {@code _en}) with its
 * arguments, so that it can be shown in either language; rendered by {@link UiMessages}.
 */
public record UiText(String key, List<Object> arguments) {

    public UiText {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    public static UiText of(String key, Object... arguments) {
        return new UiText(key, Arrays.asList(arguments));
    }
}
