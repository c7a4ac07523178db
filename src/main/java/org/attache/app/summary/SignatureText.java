package org.attache.app.summary;

import java.time.ZoneId;
import org.attache.app.common.UiText;
import org.attache.core.sign.Verification;

/** What the open dataset's signature says, in the app's words: one line, a warning when it does not hold. */
public final class SignatureText {
    private SignatureText() {
    }

    /** "Signed by Attaché headquarters on 1 May 2026, 17:30 (key af2c4cc411d3623a)", "Not signed", or a warning. */
    public static String of(Verification v, ZoneId zone) {
        String when = v.signedAt() == null ? "" : UiText.dateTime(v.signedAt().atZone(zone));
        return switch (v.status()) {
            case SIGNED -> UiText.get("signature.signed", v.signer(), when, v.keyId());
            case UNSIGNED -> UiText.get("signature.unsigned");
            case BUNDLED -> UiText.get("signature.bundled");
            case ALTERED -> v.signatureFileAltered() ? UiText.get("signature.alteredSignature", v.file())
                    : UiText.get("signature.altered", v.file(), v.signer(), when);
            case UNKNOWN_KEY -> UiText.get("signature.unknownKey", v.keyId(), v.signer());
            case MALFORMED_SIGNATURE -> UiText.get("signature.malformed", v.file(), v.problem());
        };
    }
}
