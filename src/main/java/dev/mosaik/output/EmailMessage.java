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

    private EmailMessage() {
    }

    /**
     * @param from     the sender, e.g. {@code Stadt Wetzlar <integration@wetzlar.example>}
     * @param language the BCP 47 language of the issue, for {@code Content-Language}
     */
    public static byte[] of(String from, String subject, String language, LocalDate date, String text, String html) {
        String boundary = "mosaik-" + hash(subject + text + html).substring(0, 24);
        StringBuilder mail = new StringBuilder();
        mail.append("From: ").append(address(from)).append("\r\n");
        mail.append("To: undisclosed-recipients:;\r\n");
        mail.append("Subject: ").append(encodedWord(subject)).append("\r\n");
        mail.append("Date: ").append(date.atStartOfDay(ZoneId.of("Europe/Berlin"))
                .format(DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT))).append("\r\n");
        mail.append("Message-ID: <").append(hash(subject + date).substring(0, 32)).append("@mosaik>\r\n");
        mail.append("MIME-Version: 1.0\r\n");
        mail.append("Content-Language: ").append(language).append("\r\n");
        mail.append("Content-Type: multipart/alternative; boundary=\"").append(boundary).append("\"\r\n\r\n");
        mail.append("This is a message in MIME format.\r\n");
        part(mail, boundary, "text/plain; charset=UTF-8", text);
        part(mail, boundary, "text/html; charset=UTF-8", html);
        mail.append("--").append(boundary).append("--\r\n");
        return mail.toString().getBytes(StandardCharsets.US_ASCII);
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
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
