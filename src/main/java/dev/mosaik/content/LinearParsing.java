package dev.mosaik.content;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/**
 * Keeps flexmark's parse time proportional to the text. Profiling pathological pages found four places where
 * flexmark 0.64 does work proportional to the whole paragraph for every step, so that one long paragraph took
 * minutes:
 * <ul>
 * <li>every regular-expression match of the inline parser copied the paragraph into a string (see
 * {@link LinearInlineParser});</li>
 * <li>every {@code (} after {@code ]} scanned to the end of the line for the link's closing parenthesis, since
 * parentheses may nest without limit (also {@link LinearInlineParser});</li>
 * <li>every closed link walked the whole stack of emphasis marks not yet paired (also {@link LinearInlineParser});</li>
 * <li>the heading parser rebuilt the paragraph so far for every line, in case the line underlines it
 * ({@code ===}, {@code ---}): thousands of reference definitions in a row took quadratic time. Here the paragraph
 * is only asked for when the line can be such an underline.</li>
 * </ul>
 * This extension must come last in the list of extensions. The HTML is the same as without this extension for every page that does not nest parentheses in a link address
 * more than {@link LinearInlineParser#MAX_PAREN_DEPTH} deep.
 */
final class LinearParsing implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
        options.set(Parser.HEADING_PARSER, false); // replaced by the lazy one below, which keeps its place and options
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new LazySetextHeadings());
        builder.customInlineParserFactory(LinearInlineParser::new);
        // flexmark reads reference definitions ([a]: /address) with its own inline parser only; with ours it must
        // be told, after every other extension's paragraph processors, as flexmark orders its own.
        builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
    }

    /** flexmark's own heading parser, shown the paragraph only on lines that could underline it. */
    static final class LazySetextHeadings extends HeadingParser.Factory {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            BlockParserFactory headings = super.apply(options);
            return (state, matched) -> {
                BasedSequence line = state.getLine();
                int start = state.getNextNonSpaceIndex();
                char first = start < line.length() ? line.charAt(start) : '\0';
                // A setext underline is a run of = or -; any other line can only start an ATX heading (#).
                return headings.tryStart(state, first == '=' || first == '-' ? matched : new WithoutParagraph(matched));
            };
        }
    }

    /** The matched block as the heading parser sees it on a line that cannot end a paragraph as a heading. */
    private record WithoutParagraph(MatchedBlockParser matched) implements MatchedBlockParser {
        @Override
        public BlockParser getBlockParser() {
            return matched.getBlockParser();
        }

        @Override
        public BasedSequence getParagraphContent() {
            return null;
        }

        @Override
        public List<BasedSequence> getParagraphLines() {
            return null;
        }

        @Override
        public List<Integer> getParagraphEolLengths() {
            return null;
        }

        @Override
        public MutableDataHolder getParagraphDataHolder() {
            return null;
        }
    }
}
