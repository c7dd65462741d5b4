package cn.kjj.platform.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.fontbox.ttf.CmapLookup;

/**
 * The one font of every document (ADR 0010, 0029): Noto Sans SC Regular, unpacked into this
 * module's classes by the build. Read from the classpath once; which characters it can show is
 * worked out once too, so that text it cannot show becomes {@code ?} instead of a blank or a
 * failed download.
 */
final class NotoSansSc {

    /** The only weight the build copies out of {@code ph-fonts-noto-sans-sc} (see the pom). */
    static final String RESOURCE = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    static final String FAMILY = "Noto Sans SC";

    private static volatile NotoSansSc loaded;

    private final byte[] bytes;
    private final BitSet shown;

    private NotoSansSc(byte[] bytes, BitSet shown) {
        this.bytes = bytes;
        this.shown = shown;
    }

    static NotoSansSc get() {
        NotoSansSc font = loaded;
        if (font == null) {
            synchronized (NotoSansSc.class) {
                font = loaded;
                if (font == null) {
                    byte[] bytes = read();
                    font = new NotoSansSc(bytes, codePointsShown(bytes));
                    loaded = font;
                }
            }
        }
        return font;
    }

    /** The font file; callers must not change it. */
    byte[] bytes() {
        return bytes;
    }

    /**
     * The text with every character the font cannot show (an emoji, a private-use or unassigned
     * code point, a lone surrogate, a control character) replaced by {@code ?}; line breaks and
     * tabs stay.
     */
    String shown(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t' || shown.get(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** The code points the font maps to a glyph (from its Unicode cmap, glyph by glyph), less controls. */
    private static BitSet codePointsShown(byte[] bytes) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            BitSet shown = new BitSet(Character.MAX_CODE_POINT + 1);
            for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
                List<Integer> codePoints = cmap.getCharCodes(glyph);
                if (codePoints != null) {
                    codePoints.forEach(shown::set);
                }
            }
            shown.clear(0, 0x20);
            shown.clear(0x7F, 0xA0);
            shown.clear(Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1);
            return shown;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the glyphs of " + RESOURCE, e);
        }
    }

    private static byte[] read() {
        try (InputStream in = NotoSansSc.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath: the build unpacks it"
                        + " from com.helger.font:ph-fonts-noto-sans-sc (see platform-api/pom.xml)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + RESOURCE, e);
        }
    }
}
