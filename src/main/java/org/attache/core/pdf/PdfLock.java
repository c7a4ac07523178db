package org.attache.core.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * Locks a finished PDF with AES-256: it opens only with the user's password, and its permissions (print, copy) hold
 * in every reader that honours them. The owner password, which could lift them, is random and never kept.
 */
public final class PdfLock {
    private static final SecureRandom RANDOM = new SecureRandom();

    private PdfLock() {
    }

    public static byte[] lock(byte[] pdf, Protection protection) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanPrint(protection.printing());
            permissions.setCanPrintFaithful(protection.printing());
            permissions.setCanExtractContent(protection.copying());
            permissions.setCanExtractForAccessibility(true);
            permissions.setCanModify(false);
            permissions.setCanModifyAnnotations(false);
            permissions.setCanFillInForm(false);
            permissions.setCanAssembleDocument(false);
            byte[] owner = new byte[32];
            RANDOM.nextBytes(owner);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(HexFormat.of().formatHex(owner),
                    protection.password(), permissions);
            policy.setEncryptionKeyLength(256);
            policy.setPreferAES(true);
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
            doc.save(out);
            return out.toByteArray();
        }
    }
}
