package dev.mosaik.cli;

import dev.mosaik.diag.UiLanguage;
import dev.mosaik.diag.UiMessages;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/** The language a command speaks to the editor: {@code --ui-lang}, else German on a German system, else English. */
final class EditorLanguage {

    private EditorLanguage() {
    }

    static UiLanguage of(CommandSpec spec) {
        Object root = spec.root().userObject();
        if (root instanceof MosaikCommand command && command.uiLanguage != null) {
            return command.uiLanguage;
        }
        return ofSystem();
    }

    /** Without {@code --ui-lang}: the environment's choice, else the JVM's locale. */
    static UiLanguage ofSystem() {
        return UiLanguage.fromEnvironment(System.getenv()).orElseGet(() -> UiLanguage.of(Locale.getDefault()));
    }

    static UiMessages messages(CommandSpec spec) {
        return UiMessages.of(of(spec));
    }
}
