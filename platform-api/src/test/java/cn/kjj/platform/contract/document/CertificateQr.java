package cn.kjj.platform.contract.document;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Reads a certificate's QR code back, as a phone would: the images of its PDF, decoded by ZXing. */
public final class CertificateQr {

    private CertificateQr() {
    }

    /** The texts of every QR code among the images of {@code pdf}'s pages. */
    public static List<String> decode(byte[] pdf) throws IOException {
        List<String> texts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                for (BufferedImage image : images(page.getResources())) {
                    String text = decode(image);
                    if (text != null) {
                        texts.add(text);
                    }
                }
            }
        }
        return texts;
    }

    private static List<BufferedImage> images(PDResources resources) throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        if (resources == null) {
            return images;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                images.add(image.getImage());
            } else if (object instanceof PDFormXObject form) {
                images.addAll(images(form.getResources()));
            }
        }
        return images;
    }

    private static String decode(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            return null;
        }
    }
}
