package dev.mosaik.output.cache;

import dev.mosaik.content.ImageSize;
import dev.mosaik.content.LinkTargets;
import dev.mosaik.content.TranslationKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Link targets that note every question a body's rendering asks of the site (which page has this key, does this
 * file exist, how large is this image, what does this address name) with its answer. A stored body is used again
 * only when the site of a later build gives every noted question the same answer: the body then cannot differ, since
 * its source and everything else it reads are part of its key. So adding or moving a page the body links to, or
 * changing an image it shows, renders it again; adding a page it does not name does not.
 */
final class RecordingTargets implements LinkTargets {

    /** A question and its answer, both as text. */
    record Question(char kind, String argument, String answer) {}

    private static final char PAGE = 'p';
    private static final char KEYS = 'k';
    private static final char FILE = 'f';
    private static final char IMAGE = 'i';
    private static final char ADDRESS = 'a';
    private static final char UNREADABLE = 'u';

    private final LinkTargets targets;
    private final Map<String, Question> asked = new LinkedHashMap<>();

    RecordingTargets(LinkTargets targets) {
        this.targets = targets;
    }

    /** What was asked, each question once, in the order first asked. */
    synchronized List<Question> questions() {
        return List.copyOf(asked.values());
    }

    /** Whether {@code targets} answer every question as they were answered when the body was rendered. */
    static boolean sameAnswers(List<Question> questions, LinkTargets targets) {
        for (Question question : questions) {
            if (!question.answer().equals(answer(targets, question.kind(), question.argument()))) {
                return false;
            }
        }
        return true;
    }

    private static String answer(LinkTargets targets, char kind, String argument) {
        return switch (kind) {
            case PAGE -> optional(targets.page(new TranslationKey(argument)));
            case KEYS -> keys(targets.pageKeys());
            case FILE -> optional(targets.file(argument));
            case IMAGE -> optional(targets.imageSize(argument).map(s -> s.width() + "x" + s.height()));
            case ADDRESS -> address(targets.address(argument));
            case UNREADABLE -> Boolean.toString(targets.unreadable(new TranslationKey(argument)));
            default -> "unknown question " + kind; // from a damaged entry: answers nothing the same
        };
    }

    private synchronized void note(char kind, String argument, String answer) {
        asked.putIfAbsent(kind + argument, new Question(kind, argument, answer));
    }

    @Override
    public Optional<String> page(TranslationKey key) {
        Optional<String> page = targets.page(key);
        note(PAGE, key.value(), optional(page));
        return page;
    }

    @Override
    public Collection<String> pageKeys() {
        Collection<String> keys = targets.pageKeys();
        note(KEYS, "", keys(keys));
        return keys;
    }

    @Override
    public Optional<String> file(String path) {
        Optional<String> file = targets.file(path);
        note(FILE, path, optional(file));
        return file;
    }

    @Override
    public Optional<ImageSize> imageSize(String path) {
        Optional<ImageSize> size = targets.imageSize(path);
        note(IMAGE, path, optional(size.map(s -> s.width() + "x" + s.height())));
        return size;
    }

    @Override
    public Address address(String path) {
        Address address = targets.address(path);
        note(ADDRESS, path, address(address));
        return address;
    }

    @Override
    public boolean unreadable(TranslationKey key) {
        boolean unreadable = targets.unreadable(key);
        note(UNREADABLE, key.value(), Boolean.toString(unreadable));
        return unreadable;
    }

    private static String optional(Optional<String> value) {
        return value.map(v -> "+" + v).orElse("-");
    }

    /** The keys in the order given (a "did you mean" may depend on it), as one digest. */
    private static String keys(Collection<String> keys) {
        CacheKey key = CacheKey.of("keys");
        new ArrayList<>(keys).forEach(key::add);
        return key.hex();
    }

    private static String address(Address address) {
        if (address instanceof Address.Found found) {
            return "found " + found.href();
        }
        if (address instanceof Address.Later later) {
            return "later " + later.href() + "\n" + later.address() + "\n" + optional(later.alternative());
        }
        return "above";
    }
}
