package dev.mosaik.output.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The build cache in the site folder, {@value #NAME}: entries of a few kinds ({@code bodies}, {@code terms},
 * {@code pdf}), each a file named by its content address below {@code <kind>/<first two hex digits>/}.
 *
 * <p>Safe for builds running at once: an entry is written to a temporary file and renamed into place, so a reader
 * sees a whole entry or none; each entry carries its length and CRC-32, so a damaged one reads as a miss. The
 * folder marks itself as mosaik's ({@value #MARKER}, the cache-directory tag backup tools know) and ignores itself
 * for git; a folder of that name without the mark is left alone and the build runs without cache. Pruning deletes
 * only entry files (by their name's pattern) that this build did not use and that are older than its start.
 */
public final class CacheFolder {

    public static final String NAME = ".mosaik-cache";
    static final String MARKER = "CACHEDIR.TAG";
    private static final String MARK = "created by mosaik";
    private static final String TAG = "Signature: 8a477f597d28d172789f06886806bc55\n"
            + "# This file is a cache directory tag " + MARK + " (https://bford.info/cachedir/).\n"
            + "# mosaik's build cache: delete this folder at any time; the next build fills it again.\n";
    private static final byte[] MAGIC = "mosaik-cache-2\n".getBytes(StandardCharsets.US_ASCII);
    /**
     * An entry's name: its key's 32 hexadecimal digits ({@link CacheKey}); 64 where an earlier mosaik (SHA-2) wrote
     * it, so that pruning removes those too.
     */
    private static final String NAMED = "(?:[0-9a-f]{32}|[0-9a-f]{64})\\.entry";

    private static final Pattern ENTRY = Pattern.compile(NAMED);
    private static final Pattern TEMPORARY = Pattern.compile(NAMED + "\\.[0-9]+\\.tmp");
    /** A temporary file this old was left by a build that ended before renaming it. */
    private static final Duration ABANDONED = Duration.ofHours(1);

    private final Path folder;
    private final String stamp;
    private final Instant start = Instant.now();
    /** Per kind, the keys this build read, wrote or kept: what {@link #prune} leaves. */
    private final Map<String, UsedKeys> used = new ConcurrentHashMap<>();
    /** The folders this build made sure of: one check per shard rather than one per entry written. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    /** Per kind, how many entries this build found and how many it stored: what {@code --timings} shows. */
    private final Map<String, AtomicIntegerArray> counts = new ConcurrentHashMap<>();

    private CacheFolder(Path folder, String stamp) {
        this.folder = folder;
        this.stamp = stamp;
    }

    /**
     * The cache folder of the site in {@code site}, created if missing.
     *
     * @param stamp what every entry depends on (mosaik's build, the theme, the configuration, the UI strings): part
     *              of every key
     * @return empty when a folder of that name is not mosaik's, or cannot be created
     */
    public static Optional<CacheFolder> open(Path site, String stamp) {
        Path folder = site.resolve(NAME);
        try {
            if (Files.isSymbolicLink(folder)) {
                return Optional.empty();
            }
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(folder);
            }
            if (!isMosaiks(folder)) {
                if (!isEmpty(folder)) {
                    return Optional.empty();
                }
                // Ignored by git before the first entry exists, then marked as ours.
                writeAtomically(folder.resolve(".gitignore"), "*\n".getBytes(StandardCharsets.UTF_8));
                writeAtomically(folder.resolve(MARKER), TAG.getBytes(StandardCharsets.UTF_8));
            }
            return Optional.of(new CacheFolder(folder, stamp));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code folder} carries mosaik's mark. */
    static boolean isMosaiks(Path folder) throws IOException {
        Path marker = folder.resolve(MARKER);
        return Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)
                && Files.readString(marker, StandardCharsets.UTF_8).contains(MARK);
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        }
    }

    public Path path() {
        return folder;
    }

    /** A key of {@code kind} that already holds this cache's stamp: add what the entry itself depends on. */
    public CacheKey key(String kind) {
        return CacheKey.of(kind).add(stamp);
    }

    /** The entry's payload; empty when there is none or it is damaged (a miss, never an error). */
    public Optional<byte[]> read(String kind, String key) {
        Path file = file(kind, key);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        Optional<byte[]> payload = unframe(bytes);
        payload.ifPresent(p -> {
            use(kind, key);
            count(kind, 0);
        });
        return payload;
    }

    /** Stores an entry; a failure to store is ignored, since the cache only saves time. */
    public void write(String kind, String key, byte[] payload) {
        Path file = file(kind, key);
        use(kind, key);
        count(kind, 1);
        try {
            if (!folders.contains(file.getParent())) {
                Files.createDirectories(file.getParent());
                folders.add(file.getParent());
            }
            writeAtomically(file, frame(payload));
        } catch (IOException e) {
            // Another build may hold the same entry, or the disk is full: the next build computes it again.
        }
    }

    /**
     * Marks an entry as used without reading it, so that {@link #prune} keeps it: an entry a result made of it
     * stands for (a whole search index stands for its pages' terms; a language's offline pack taken whole for the
     * entries it was made of), which a later build may need again.
     */
    public void keep(String kind, String key) {
        use(kind, key);
    }

    private void use(String kind, String key) {
        used.computeIfAbsent(kind, k -> new UsedKeys()).add(key);
    }

    private void count(String kind, int which) {
        counts.computeIfAbsent(kind, k -> new AtomicIntegerArray(2)).incrementAndGet(which);
    }

    /** What this build did with the cache so far, kind by kind in name order. */
    public List<CacheUse> uses() {
        return new TreeMap<>(counts)
                .entrySet().stream()
                        .map(e -> new CacheUse(
                                e.getKey(), e.getValue().get(0), e.getValue().get(1)))
                        .toList();
    }

    private Path file(String kind, String key) {
        return folder.resolve(kind).resolve(key.substring(0, 2)).resolve(key + ".entry");
    }

    private static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + "." + TEMPORARY_NUMBERS.next() + ".tmp");
        try {
            Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw e; // not this build's file: left alone
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /**
     * Numbers for temporary files no other build's can have: this process's id, then a count. A cold build writes
     * 45,000 entries at 10,000 pages; {@code Files.createTempFile}'s secure random names took three times as long as
     * writing and renaming (1.5 s against 0.5 s per 10,000). {@code CREATE_NEW} still fails rather than share a file.
     */
    private static final class TemporaryNumbers {

        private final String process = Long.toString(ProcessHandle.current().pid());
        private final AtomicLong count = new AtomicLong();

        String next() { // the count in nine digits at least; String.format took 2 % of a cold build's time
            String number = Long.toString(count.incrementAndGet());
            return process + "000000000".substring(Math.min(9, number.length())) + number;
        }
    }

    private static final TemporaryNumbers TEMPORARY_NUMBERS = new TemporaryNumbers();

    static byte[] frame(byte[] payload) {
        return ByteBuffer.allocate(MAGIC.length + Integer.BYTES + payload.length + Integer.BYTES)
                .put(MAGIC)
                .putInt(payload.length)
                .put(payload)
                .putInt(crc(payload, 0, payload.length))
                .array();
    }

    static Optional<byte[]> unframe(byte[] bytes) {
        int head = MAGIC.length + Integer.BYTES;
        if (bytes.length < head + Integer.BYTES || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return Optional.empty();
        }
        int length = ByteBuffer.wrap(bytes, MAGIC.length, Integer.BYTES).getInt();
        if (length < 0 || length != bytes.length - head - Integer.BYTES) {
            return Optional.empty();
        }
        int sum = ByteBuffer.wrap(bytes, head + length, Integer.BYTES).getInt();
        return sum == crc(bytes, head, length)
                ? Optional.of(Arrays.copyOfRange(bytes, head, head + length))
                : Optional.empty();
    }

    /**
     * The CRC-32 of {@code bytes[from, from + length)}. It guards against a damaged file (the length against a cut
     * one), not against a chosen collision: what an entry holds is named by the hash of its key ({@link CacheKey}).
     * It was SHA-256 too, which the batch JVM (C1 only, without the processor's SHA instructions) hashes at 150 MB/s:
     * 8 % of a cold build's time at 10,000 pages went into framing entries. CRC-32 runs in zlib at several GB/s.
     */
    private static int crc(byte[] bytes, int from, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, from, length);
        return (int) crc.getValue();
    }

    /**
     * Deletes the entries of every kind this build used that it did not use itself and that were there before it
     * started (a build running at the same time may have just written them); and temporary files long abandoned.
     * Touches nothing but files named like entries.
     *
     * @return how many files were deleted
     */
    public int prune() {
        int deleted = 0;
        for (Map.Entry<String, UsedKeys> kind : used.entrySet()) {
            try (DirectoryStream<Path> shards = Files.newDirectoryStream(folder.resolve(kind.getKey()))) {
                for (Path shard : shards) {
                    deleted += prune(shard, kind.getValue());
                }
            } catch (IOException e) {
                // Pruning only saves space: what it cannot list stays.
            }
        }
        return deleted;
    }

    private int prune(Path shard, UsedKeys keys) throws IOException {
        if (!Files.isDirectory(shard, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        int deleted = 0;
        FileTime before = FileTime.from(start);
        FileTime abandoned = FileTime.from(start.minus(ABANDONED));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(shard)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean entry = ENTRY.matcher(name).matches()
                        && !keys.contains(name.substring(0, name.length() - ".entry".length()));
                boolean temporary = TEMPORARY.matcher(name).matches();
                if (!entry && !temporary) {
                    continue;
                }
                FileTime modified = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS);
                if (modified.compareTo(entry ? before : abandoned) < 0 && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }
}
