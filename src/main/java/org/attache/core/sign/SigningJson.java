package org.attache.core.sign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * The small JSON files of signing (public key, private key, signature): each an object naming its {@code format}
 * and {@code version}, read strictly and within a size limit, since they arrive beside the datasets they speak for.
 */
final class SigningJson {
    static final int VERSION = 1;
    /** Far above any file of ours (a few hundred bytes); a larger file is not one. */
    static final int MAX_BYTES = 64 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final ObjectNode root;
    private final String file;

    private SigningJson(ObjectNode root, String file) {
        this.root = root;
        this.file = file;
    }

    static ObjectNode newObject(String format) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", format);
        root.put("version", VERSION);
        return root;
    }

    static byte[] bytes(ObjectNode root) {
        try {
            return (MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings could not be written as JSON", e);
        }
    }

    /** Reads {@code path} as a file of {@code format} ("a public key", in {@code kind}), or says why it is not one. */
    static SigningJson read(Path path, String format, String kind) throws SigningFileProblem {
        String name = String.valueOf(path.getFileName());
        if (!Files.isRegularFile(path)) throw new SigningFileProblem(name + " is not a file");
        byte[] bytes;
        try {
            if (Files.size(path) > MAX_BYTES) throw new SigningFileProblem(name + " is too large to be " + kind);
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new SigningFileProblem(name + " cannot be read: " + e.getMessage());
        }
        return parse(bytes, name, format, kind);
    }

    static SigningJson parse(byte[] bytes, String name, String format, String kind) throws SigningFileProblem {
        if (bytes.length > MAX_BYTES) throw new SigningFileProblem(name + " is too large to be " + kind);
        JsonNode tree;
        try {
            tree = MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new SigningFileProblem(name + " is not " + kind + ": it is not JSON");
        }
        if (!(tree instanceof ObjectNode object) || !format.equals(object.path("format").asText(null))) {
            throw new SigningFileProblem(name + " is not " + kind);
        }
        JsonNode version = object.get("version");
        if (version == null || !version.isInt()) throw new SigningFileProblem(name + " is not " + kind + ": it has no version");
        if (version.intValue() != VERSION) {
            throw new SigningFileProblem(name + " is " + kind + " of version " + version.intValue() + "; this Attaché reads "
                    + "version " + VERSION + (version.intValue() > VERSION ? " (a newer Attaché made it)" : ""));
        }
        return new SigningJson(object, name);
    }

    String text(String field) throws SigningFileProblem {
        JsonNode value = root.get(field);
        if (value == null || !value.isTextual() || value.textValue().isEmpty()) {
            throw new SigningFileProblem(file + " has no \"" + field + "\"");
        }
        return value.textValue();
    }

    int number(String field) throws SigningFileProblem {
        JsonNode value = root.get(field);
        if (value == null || !value.isInt()) throw new SigningFileProblem(file + " has no whole number \"" + field + "\"");
        return value.intValue();
    }

    byte[] base64(String field) throws SigningFileProblem {
        try {
            return Base64.getDecoder().decode(text(field));
        } catch (IllegalArgumentException e) {
            throw new SigningFileProblem(file + ": \"" + field + "\" is not Base64");
        }
    }

    String signer() throws SigningFileProblem {
        try {
            return SignerName.check(text("signer"));
        } catch (IllegalArgumentException e) {
            throw new SigningFileProblem(file + ": " + e.getMessage());
        }
    }

    /** The field's 32-byte Ed25519 public key, which must have the id the file gives. */
    java.security.PublicKey publicKey(String field, String keyId) throws SigningFileProblem {
        java.security.PublicKey key = Ed25519.publicKey(base64(field));
        if (key == null) throw new SigningFileProblem(file + ": \"" + field + "\" is not an Ed25519 public key");
        if (!Ed25519.keyId(key).equals(keyId)) {
            throw new SigningFileProblem(file + " gives the key id " + keyId + ", but its key's id is " + Ed25519.keyId(key));
        }
        return key;
    }

    String file() {
        return file;
    }
}
