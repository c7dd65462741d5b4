package cn.kjj.platform.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words of a text, as Lucene's smartcn analyzer segments Chinese (a hidden Markov model over
 * its own dictionary; English words lower-cased and stemmed): {@code 芯片的封装工艺} is
 * {@code 芯片 封装 工艺}. Stored texts and queries go through the same segmentation, so a query
 * finds words, never a run of characters that straddles two words (decision 0040). Function words
 * that say nothing of a technology ({@code 的}, {@code 和}, ...) are left out.
 */
public final class ChineseWords {

    /** Thread-safe: each thread reuses its own token stream. */
    private static final Analyzer ANALYZER = new SmartChineseAnalyzer();

    private static final Set<String> FUNCTION_WORDS = Set.of("的", "了", "和", "与", "及", "或", "等", "之", "在",
            "是", "一", "种", "个", "对", "为", "于", "以", "其", "该", "并", "由", "将", "被", "把", "a", "an", "the",
            "of", "and", "or", "for", "in", "on", "to", "with");

    private ChineseWords() {
    }

    /** The text's words in order, repeats kept; none for a blank text. */
    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        try (TokenStream tokens = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String word = term.toString();
                if (!FUNCTION_WORDS.contains(word)) {
                    words.add(word);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("segmenting text in memory failed", e);
        }
        return words;
    }

    /** The words of the texts, space-joined: what the search columns store. */
    public static String indexed(String... texts) {
        List<String> words = new ArrayList<>();
        for (String text : texts) {
            words.addAll(of(text));
        }
        return String.join(" ", words);
    }

    /** The distinct words of a stored, space-joined text. */
    public static Set<String> stored(String indexed) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : indexed.split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
