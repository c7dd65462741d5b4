package cn.kjj.platform.contract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Drawing with one font (public: the annual report's PDF draws with it too): every string is first {@linkplain #clean cleaned} so that it holds
 * only characters the font can show; widths are the font's own, so wrapping is exact.
 */
public final class CertificateCanvas {

    private static final String NO_LINE_START = "，。、；：！？）】》」』”’〕〉…,.;:!?)]}%";
    private static final String NO_LINE_END = "（【《「『“‘〔〈([{";

    private final PDPageContentStream content;
    private final PDType0Font font;
    private final PDRectangle page;
    private final Map<Integer, Boolean> encodable = new HashMap<>();

    public CertificateCanvas(PDPageContentStream content, PDType0Font font, PDRectangle page) {
        this.content = content;
        this.font = font;
        this.page = page;
    }

    /**
     * Whitespace runs become one space; a character the font cannot encode (an emoji, a
     * private-use or unassigned code point, a lone surrogate, a control) becomes {@code ?}.
     */
    public String clean(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                if (!space && clean.length() > 0) {
                    clean.append(' ');
                }
                space = true;
                continue;
            }
            space = false;
            if (canEncode(codePoint)) {
                clean.appendCodePoint(codePoint);
            } else {
                clean.append('?');
            }
        }
        return clean.toString().strip();
    }

    private boolean canEncode(int codePoint) {
        return encodable.computeIfAbsent(codePoint, cp -> {
            if (Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.SURROGATE) {
                return false;
            }
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }

    public float width(String clean, float size) throws IOException {
        return font.getStringWidth(clean) / 1000 * size;
    }

    /**
     * Lines no wider than {@code width}: Chinese breaks between any two characters, other
     * scripts at spaces (a word wider than the line is cut), and no line starts with a closing
     * or ends with an opening punctuation mark when that can be helped.
     */
    public List<String> wrap(String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        float lineWidth = 0;
        for (String token : tokens(clean(text), size, width)) {
            float tokenWidth = width(token, size);
            if (token.equals(" ") && line.isEmpty()) {
                continue;
            }
            if (line.isEmpty() || lineWidth + tokenWidth <= width) {
                line.add(token);
                lineWidth += tokenWidth;
                continue;
            }
            if (token.equals(" ")) {
                lines.add(join(line));
                line.clear();
                lineWidth = 0;
                continue;
            }
            List<String> carried = new ArrayList<>();
            if (line.size() > 1 && isOneOf(token, NO_LINE_START)) {
                carried.add(line.remove(line.size() - 1));
            }
            while (line.size() > 1 && isOneOf(line.get(line.size() - 1), NO_LINE_END)) {
                carried.add(0, line.remove(line.size() - 1));
            }
            lines.add(join(line));
            line.clear();
            line.addAll(carried);
            line.add(token);
            lineWidth = 0;
            for (String t : line) {
                lineWidth += width(t, size);
            }
        }
        if (!line.isEmpty()) {
            lines.add(join(line));
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    private List<String> tokens(String clean, float size, float width) throws IOException {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < clean.length(); ) {
            int codePoint = clean.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint == ' ' || breaksAnywhere(codePoint)) {
                addWord(tokens, word, size, width);
                tokens.add(new String(Character.toChars(codePoint)));
            } else {
                word.appendCodePoint(codePoint);
            }
        }
        addWord(tokens, word, size, width);
        return tokens;
    }

    private void addWord(List<String> tokens, StringBuilder word, float size, float width) throws IOException {
        if (word.length() == 0) {
            return;
        }
        String w = word.toString();
        word.setLength(0);
        if (width(w, size) <= width) {
            tokens.add(w);
            return;
        }
        w.codePoints().forEach(cp -> tokens.add(new String(Character.toChars(cp))));
    }

    private static boolean breaksAnywhere(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (codePoint >= 0x3000 && codePoint <= 0x303F) || (codePoint >= 0xFF00 && codePoint <= 0xFFEF)
                || codePoint == '…' || codePoint == '—' || codePoint == '“' || codePoint == '”'
                || codePoint == '‘' || codePoint == '’';
    }

    private static boolean isOneOf(String token, String marks) {
        return token.codePointCount(0, token.length()) == 1 && marks.contains(token);
    }

    private static String join(List<String> tokens) {
        return String.join("", tokens).stripTrailing();
    }

    /** The line shortened until it ends with … within the width. */
    public String ellipsize(String line, float size, float width) throws IOException {
        String shortened = line;
        while (!shortened.isEmpty() && width(shortened + "…", size) > width) {
            shortened = shortened.substring(0, shortened.offsetByCodePoints(shortened.length(), -1));
        }
        return shortened + "…";
    }

    public void text(String text, float x, float y, float size) throws IOException {
        show(clean(text), x, y, size, 0, false);
    }

    public void centred(String text, float y, float size, boolean bold) throws IOException {
        String clean = clean(text);
        show(clean, (page.getWidth() - width(clean, size)) / 2, y, size, 0, bold);
    }

    /** Centred with extra space between the characters, as a title. */
    void centredSpaced(String text, float y, float size, float spacing, boolean bold) throws IOException {
        String clean = clean(text);
        int gaps = clean.codePointCount(0, clean.length()) - 1;
        float width = width(clean, size) + spacing * gaps;
        show(clean, (page.getWidth() - width) / 2, y, size, spacing, bold);
    }

    /** Centred on {@code centre} (the annual report's chart labels). */
    public void centredIn(String text, float centre, float y, float size) throws IOException {
        String clean = clean(text);
        show(clean, centre - width(clean, size) / 2, y, size, 0, false);
    }

    public void flushRight(String text, float right, float y, float size) throws IOException {
        String clean = clean(text);
        show(clean, right - width(clean, size), y, size, 0, false);
    }

    /** Spread over the whole width (分散对齐), as labels of official forms are. */
    void distributed(String text, float x, float y, float size, float width) throws IOException {
        String clean = clean(text);
        int count = clean.codePointCount(0, clean.length());
        float textWidth = width(clean, size);
        if (count < 2 || textWidth >= width) {
            show(clean, x + Math.max(0, (width - textWidth) / 2), y, size, 0, false);
            return;
        }
        show(clean, x, y, size, (width - textWidth) / (count - 1), false);
    }

    private void show(String clean, float x, float y, float size, float spacing, boolean bold) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.setCharacterSpacing(spacing);
        if (bold) {
            // one weight only: a thin outline of the fill colour stands in for bold
            content.setRenderingMode(RenderingMode.FILL_STROKE);
            content.setLineWidth(size * 0.035f);
        }
        content.newLineAtOffset(x, y);
        content.showText(clean);
        if (bold) {
            content.setRenderingMode(RenderingMode.FILL);
        }
        content.setCharacterSpacing(0);
        content.endText();
    }

    public void color(float[] rgb) throws IOException {
        content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        content.setStrokingColor(rgb[0], rgb[1], rgb[2]);
    }

    void strokeColor(float[] rgb) throws IOException {
        content.setStrokingColor(rgb[0], rgb[1], rgb[2]);
    }

    public void strokeGrey(float grey) throws IOException {
        content.setStrokingColor(grey);
    }

    void frame(float inset, float lineWidth) throws IOException {
        rectangle(inset, inset, page.getWidth() - 2 * inset, page.getHeight() - 2 * inset, lineWidth);
    }

    public void rectangle(float x, float y, float width, float height, float lineWidth) throws IOException {
        content.setLineWidth(lineWidth);
        content.addRect(x, y, width, height);
        content.stroke();
    }

    public void fill(float x, float y, float width, float height, float grey) throws IOException {
        content.setNonStrokingColor(grey);
        content.addRect(x, y, width, height);
        content.fill();
    }

    /** A filled rectangle in a colour (the annual report's bars); the fill colour stays set. */
    public void fill(float x, float y, float width, float height, float[] rgb) throws IOException {
        content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        content.addRect(x, y, width, height);
        content.fill();
    }

    public void line(float x1, float y1, float x2, float y2, float lineWidth) throws IOException {
        content.setLineWidth(lineWidth);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    /** A horizontal rule in the current stroking colour. */
    public void rule(float x1, float x2, float y, float lineWidth) throws IOException {
        line(x1, y, x2, y, lineWidth);
    }
}
