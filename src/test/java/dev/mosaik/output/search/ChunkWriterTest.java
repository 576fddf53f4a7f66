package dev.mosaik.output.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Rows cut into chunk files: by size, a row never split, names from number and content. */
class ChunkWriterTest {

    private final Map<String, String> written = new TreeMap<>();

    private List<ChunkWriter.Chunk> write(int target, List<String> rows) {
        ChunkWriter writer = new ChunkWriter(
                "de/suche/",
                "search-terms",
                target,
                (file, bytes) -> written.put(file, new String(bytes, StandardCharsets.UTF_8)));
        rows.forEach(row -> writer.add(row.substring(2, 3), row));
        return writer.finish();
    }

    @Test
    void cutsRowsIntoFilesUnderTheTargetAndGivesAnOversizedRowAFileOfItsOwn() {
        List<ChunkWriter.Chunk> chunks = write(
                40,
                List.of(
                        "[\"a\",1,1]",
                        "[\"b\",1,1]",
                        "[\"c\",1,1]",
                        "[\"d\",1,1,2,2,3,3,4,4,5,5,6,6,7,7,8,8]",
                        "[\"e\",1,1]"));

        assertThat(chunks).extracting(ChunkWriter.Chunk::first).containsExactly("a", "d", "e");
        assertThat(written.get("de/suche/" + chunks.get(0).file()))
                .isEqualTo("[\n[\"a\",1,1],\n[\"b\",1,1],\n[\"c\",1,1]\n]\n");
        assertThat(written.get("de/suche/" + chunks.get(1).file()))
                .as("one row over the target, alone")
                .hasSizeGreaterThan(40)
                .startsWith("[\n[\"d\"")
                .endsWith("8]\n]\n");
        assertThat(written.values())
                .filteredOn(text -> !text.startsWith("[\n[\"d\""))
                .allSatisfy(text ->
                        assertThat(text.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(40));
    }

    @Test
    void countsTheTargetInBytesNotCharacters() {
        List<ChunkWriter.Chunk> chunks = write(36, List.of("[\"ب\",1,1]", "[\"ت\",1,1]", "[\"ث\",1,1]"));
        assertThat(chunks)
                .as("three Arabic rows of 8 characters but 10 bytes: 33 characters, 39 bytes with brackets")
                .hasSize(2);
    }

    @Test
    void namesChunksByNumberAndContentSoTheSameRowsGiveTheSameNames() {
        List<ChunkWriter.Chunk> first = write(40, List.of("[\"a\",1,1]", "[\"b\",1,1]", "[\"c\",1,1]", "[\"d\",2,2]"));
        List<ChunkWriter.Chunk> again = write(40, List.of("[\"a\",1,1]", "[\"b\",1,1]", "[\"c\",1,1]", "[\"d\",2,2]"));
        List<ChunkWriter.Chunk> changed =
                write(40, List.of("[\"a\",1,1]", "[\"b\",1,1]", "[\"c\",1,1]", "[\"d\",3,3]"));

        assertThat(first).isEqualTo(again);
        assertThat(first)
                .extracting(ChunkWriter.Chunk::file)
                .allMatch(file -> file.matches("search-terms-000[12]-\\p{XDigit}{8}\\.json"));
        assertThat(changed.get(0)).isEqualTo(first.get(0));
        assertThat(changed.get(1).file())
                .as("a changed chunk gets a new name")
                .isNotEqualTo(first.get(1).file())
                .startsWith("search-terms-0002-");
    }

    @Test
    void writesNoChunkWithoutRows() {
        assertThat(write(40, List.of())).isEmpty();
        assertThat(written).isEmpty();
    }
}
