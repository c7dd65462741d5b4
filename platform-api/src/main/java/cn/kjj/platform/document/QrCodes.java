package cn.kjj.platform.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes for documents (decision 0033): ZXing encodes the text, the JDK writes it as a black and
 * white PNG, which a template shows as {@code <img src="data:image/png;base64,…"/>}. Error
 * correction M (15 %) survives a crease or a stamp on a printed page; the quiet zone of four
 * modules is part of the image.
 */
public final class QrCodes {

    /** Pixels a module: enough for print at the size the certificate shows it. */
    private static final int SCALE = 8;
    private static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    /** {@code text} as a QR code, as a {@code data:} URI of a PNG image. */
    public static String pngDataUri(String text) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text));
    }

    static byte[] png(String text) {
        BitMatrix modules;
        try {
            modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.MARGIN, QUIET_ZONE));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + text.length() + " characters as a QR code", e);
        }
        BufferedImage image = new BufferedImage(modules.getWidth() * SCALE, modules.getHeight() * SCALE,
                BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, modules.get(x / SCALE, y / SCALE) ? 0x000000 : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
