package io.nabiz.engine.customer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.mention.Mention;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Who is who across channels, as written in {@code config/identities.yaml}: a social handle or the
 * hash of an e-mail address, mapped to the customer id of the CRM.
 *
 * <p>E-mail addresses never appear in the file: their key is {@value #EMAIL_PREFIX} followed by the
 * SHA-256 of the trimmed, lower-cased address in hex, so the file (and state, and logs) can be
 * shared without naming anyone. A raw address as a key is rejected.
 */
public final class IdentityMap implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String DEFAULT_RESOURCE = "/config/identities.yaml";

    /** Keys of e-mail addresses start with this, then the address's SHA-256 in hex. */
    public static final String EMAIL_PREFIX = "email-sha256:";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final TreeMap<String, String> customerByKey;

    @JsonCreator
    public IdentityMap(@JsonProperty("identities") Map<String, String> identities) {
        this.customerByKey = new TreeMap<>();
        if (identities == null) {
            return;
        }
        identities.forEach(
                (key, customer) -> {
                    if (EMAIL.matcher(key).matches()) {
                        throw new IllegalArgumentException(
                                "an identity key is a raw e-mail address; write "
                                        + EMAIL_PREFIX
                                        + "<sha-256 of the address> instead");
                    }
                    if (customer == null || customer.isBlank()) {
                        throw new IllegalArgumentException(
                                "identity '" + key + "' has no customer");
                    }
                    customerByKey.put(normalise(key), customer);
                });
    }

    public static IdentityMap loadDefault() {
        try (InputStream in = IdentityMap.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return Json.YAML.readValue(in, IdentityMap.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    public static IdentityMap load(Path file) throws IOException {
        return Json.YAML.readValue(Files.readAllBytes(file), IdentityMap.class);
    }

    /**
     * The mention with its customer filled in from its author, when the source did not name the
     * customer itself; otherwise the mention unchanged.
     */
    public Mention identify(Mention m) {
        if (m.customer() != null || m.author() == null) {
            return m;
        }
        String customer = customerByKey.get(keyOf(m.author()));
        return customer == null ? m : m.withCustomer(customer);
    }

    /** The key an author is looked up by: an e-mail address's hash, or the handle itself. */
    public static String keyOf(String author) {
        String a = author.strip();
        return EMAIL.matcher(a).matches() ? emailKey(a) : normalise(a);
    }

    /** The identity key of an e-mail address. */
    public static String emailKey(String address) {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256")
                            .digest(
                                    address.strip()
                                            .toLowerCase(Locale.ROOT)
                                            .getBytes(StandardCharsets.UTF_8));
            return EMAIL_PREFIX + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Handles are case-insensitive on every network the project reads. */
    private static String normalise(String key) {
        return key.strip().toLowerCase(Locale.ROOT);
    }

    public int size() {
        return customerByKey.size();
    }
}
