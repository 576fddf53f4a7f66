package dev.mosaik.cli;

import dev.mosaik.diag.UiLanguage;
import dev.mosaik.diag.UiMessages;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The language a command speaks to the editor: {@code --ui-lang}, else German on a German system, else English. */
final class EditorLanguage {

    private EditorLanguage() {}

    static UiLanguage of(CommandSpec spec) {
        // Asked of the root's option rather than of the root command, which lists every command (as they use this).
        OptionSpec option = spec.root().findOption("--ui-lang");
        UiLanguage chosen = option == null ? null : option.getValue();
        return chosen != null ? chosen : ofSystem();
    }

    /** Without {@code --ui-lang}: the environment's choice, else the JVM's locale. */
    static UiLanguage ofSystem() {
        return UiLanguage.fromEnvironment(System.getenv()).orElseGet(() -> UiLanguage.of(Locale.getDefault()));
    }

    static UiMessages messages(CommandSpec spec) {
        return UiMessages.of(of(spec));
    }
}
