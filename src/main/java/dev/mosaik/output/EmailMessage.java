package dev.mosaik.output;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A newsletter issue as an e-mail file ({@code .eml}, RFC 5322 with MIME {@code multipart/alternative}): a
 * plain-text part and an HTML part, both UTF-8, that any mailing tool can send. mosaik itself sends nothing.
 */
public final class EmailMessage {

    private EmailMessage() {}

    /**
     * @param from     the sender, e.g. {@code Stadt Wetzlar <integration@wetzlar.example>}
     * @param language    the BCP 47 language of the issue, for {@code Content-Language}
     * @param unsubscribe where readers unsubscribe, a {@code mailto:} or {@code https:} address: the {@code
     *                    List-Unsubscribe} header (RFC 2369) that mail clients show as a button, and with an https
     *                    address {@code List-Unsubscribe-Post} for one-click unsubscribing (RFC 8058), which large
     *                    mail providers expect of bulk mail
     */
    public static byte[] of(
            String from,
            String subject,
            String language,
            LocalDate date,
            ZoneId zone,
            String text,
            String html,
            String unsubscribe) {
        for (String header : new String[] {from, language, unsubscribe}) {
            // site.yaml reports these at their line; a line break here would still add a header of its own.
            if (header.chars().anyMatch(c -> c == '\r' || c == '\n')) {
                throw new IllegalArgumentException("a line break in an e-mail header: " + header.strip());
            }
        }
        String boundary = "mosaik-" + hash(subject + text + html).substring(0, 24);
        StringBuilder mail = new StringBuilder();
        mail.append("From: ").append(address(from)).append("\r\n");
        mail.append("To: undisclosed-recipients:;\r\n");
        mail.append("Subject: ").append(encodedWord(subject)).append("\r\n");
        mail.append("Date: ")
                .append(date.atStartOfDay(zone).format(DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)))
                .append("\r\n");
        mail.append("Message-ID: <")
                .append(hash(subject + date).substring(0, 32))
                .append("@mosaik>\r\n");
        mail.append("List-Unsubscribe: <").append(unsubscribe).append(">\r\n");
        if (unsubscribe.startsWith("https://")) {
            mail.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n");
        }
        mail.append("MIME-Version: 1.0\r\n");
        mail.append("Content-Language: ").append(language).append("\r\n");
        mail.append("Content-Type: multipart/alternative; boundary=\"")
                .append(boundary)
                .append("\"\r\n\r\n");
        mail.append("This is a message in MIME format.\r\n");
        part(mail, boundary, "text/plain; charset=UTF-8", text);
        part(mail, boundary, "text/html; charset=UTF-8", html);
        mail.append("--").append(boundary).append("--\r\n");
        return mail.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Why an e-mail cannot be written to {@code file}, or empty when it can: its folder must exist, and an
     * existing file is replaced only when it is an e-mail mosaik wrote (its {@code Message-ID} says so), never
     * another file the editor keeps there.
     */
    public static java.util.Optional<String> refusal(java.nio.file.Path file) {
        java.nio.file.Path absolute = file.toAbsolutePath().normalize();
        java.nio.file.Path folder = absolute.getParent();
        if (folder == null || !java.nio.file.Files.isDirectory(folder)) {
            return java.util.Optional.of(
                    "the folder " + folder + " does not exist; create it first or choose another file");
        }
        if (!java.nio.file.Files.exists(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return java.util.Optional.empty();
        }
        if (!java.nio.file.Files.isRegularFile(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return java.util.Optional.of(absolute + " exists and is not a regular file");
        }
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(absolute)) {
            String head = new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1);
            if (head.contains("@mosaik>\r\n")) {
                return java.util.Optional.empty();
            }
        } catch (java.io.IOException e) {
            return java.util.Optional.of("cannot read " + absolute + ": " + e.getMessage());
        }
        return java.util.Optional.of(
                absolute + " exists and is not an e-mail mosaik wrote; delete it or choose another file");
    }

    private static void part(StringBuilder mail, String boundary, String type, String content) {
        mail.append("--").append(boundary).append("\r\n");
        mail.append("Content-Type: ").append(type).append("\r\n");
        mail.append("Content-Transfer-Encoding: base64\r\n\r\n");
        String encoded = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(content.getBytes(StandardCharsets.UTF_8));
        mail.append(encoded).append("\r\n");
    }

    /** {@code Name <addr>} with the name as an encoded word when it is not plain ASCII. */
    private static String address(String from) {
        int open = from.lastIndexOf('<');
        String name = (open < 0 ? "" : from.substring(0, open)).strip().replaceAll("^\"|\"$", "");
        String addr = open < 0 ? from.strip() : from.substring(open).strip();
        if (name.isEmpty()) {
            return addr;
        }
        boolean ascii = name.chars().allMatch(c -> c < 128);
        return (ascii ? "\"" + name.replace("\"", "") + "\"" : encodedWord(name)) + " " + addr;
    }

    /** RFC 2047: a header value in UTF-8 that mail programs decode. */
    private static String encodedWord(String value) {
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    private static String hash(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
