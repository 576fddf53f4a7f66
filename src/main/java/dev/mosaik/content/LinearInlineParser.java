package dev.mosaik.content;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser without its two steps that cost time in proportion to the paragraph, so that a
 * paragraph is parsed in time proportional to its length (see {@link LinearParsing}).
 */
final class LinearInlineParser extends InlineParserImpl {

    /**
     * How deeply parentheses may nest inside a link address ({@code [a](x(y(z)))}). CommonMark lets implementations
     * limit this ("at least three levels"); without a limit every {@code (} of {@code [a]([a]([a](…} scanned to the
     * end of the line, which made such a line take time in the square of its length.
     */
    static final int MAX_PAREN_DEPTH = 32;

    LinearInlineParser(
            DataHolder options,
            BitSet specialCharacters,
            BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors,
            LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(
                options,
                specialCharacters,
                delimiterCharacters,
                delimiterProcessors,
                linkRefProcessors,
                inlineParserExtensions);
    }

    /** As flexmark's, without {@code Matcher.toMatchResult()}, which copies the whole paragraph on every match. */
    @Override
    public BasedSequence match(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }

    /**
     * As flexmark's, which first walks from the top of the delimiter stack down to {@code stackBottom} and, when
     * nothing lies above it (a link without emphasis marks in its text), walks the whole stack instead: every
     * link after many unpaired or not yet paired {@code *} and {@code _} cost time in proportion to them.
     */
    @Override
    public void processDelimiters(Delimiter stackBottom) {
        if (lastDelimiter != stackBottom) {
            super.processDelimiters(stackBottom);
        }
    }

    /**
     * flexmark's link address, read no further than where parentheses nest more than {@link #MAX_PAREN_DEPTH}
     * deep: the address then ends there without its closing parenthesis, so the brackets stay text.
     */
    @Override
    public BasedSequence parseLinkDestination() {
        BasedSequence angled = match(myParsing.LINK_DESTINATION_ANGLES);
        if (angled != null || linkDestinationParser == null) {
            return angled != null ? angled : super.parseLinkDestination();
        }
        int end = input.length();
        int depth = 0;
        for (int i = index; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(' && ++depth > MAX_PAREN_DEPTH) {
                end = i;
                break;
            } else if (c == ')' && --depth < 0 || c <= ' ') {
                break; // where flexmark's own scan stops too
            }
        }
        BasedSequence destination = linkDestinationParser.parseLinkDestination(
                end < input.length() ? input.subSequence(0, end) : input, index);
        index += destination.length();
        return destination;
    }
}
