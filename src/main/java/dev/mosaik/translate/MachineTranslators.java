package dev.mosaik.translate;

import dev.mosaik.config.SiteConfig;
import dev.mosaik.config.TranslationSettings;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.i18n.Glossary;
import java.util.Optional;

/** The machine translator {@code site.yaml}'s {@code translation} section names, with its key from the environment. */
public final class MachineTranslators {

    private MachineTranslators() {}

    /**
     * The configured service, or empty (reported) when none is configured or its key's environment variable is not
     * set; the glossary goes to DeepL as a glossary.
     */
    public static Optional<MachineTranslator> configured(SiteConfig config, Glossary glossary, Problems problems) {
        Optional<TranslationSettings.Machine> settings = config.translation().machine();
        if (settings.isEmpty()) {
            problems.error(
                    SourcePosition.file("site.yaml"),
                    "--machine needs a translation service: site.yaml has no 'translation.provider'",
                    Optional.of(
                            "add 'translation:' with 'provider: deepl' (or libretranslate) and 'keyEnv: DEEPL_API_KEY'"));
            return Optional.empty();
        }
        TranslationSettings.Machine machine = settings.get();
        Optional<String> key = machine.keyEnv().map(System::getenv).filter(k -> !k.isBlank());
        if (machine.provider().equals("deepl")) {
            if (key.isEmpty()) {
                String name = machine.keyEnv().orElse("DEEPL_API_KEY");
                problems.error(
                        machine.position(),
                        "DeepL needs a key: "
                                + (machine.keyEnv().isEmpty()
                                        ? "name its environment variable with keyEnv"
                                        : "the environment variable " + name + " is not set"),
                        Optional.of("export " + name + "=… before running mosaik"));
                return Optional.empty();
            }
            return Optional.of(new DeepL(
                    machine.url().orElse(DeepL.DEFAULT_URL),
                    key.get(),
                    machine.keyEnv().get(),
                    glossary));
        }
        if (machine.keyEnv().isPresent() && key.isEmpty()) {
            problems.error(
                    machine.position(),
                    "the environment variable " + machine.keyEnv().get() + " (keyEnv) is not set");
            return Optional.empty();
        }
        return Optional.of(new LibreTranslate(
                machine.url().orElse(LibreTranslate.DEFAULT_URL),
                key,
                machine.keyEnv().orElse("")));
    }
}
