package org.dateline.page.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.Problem;
import org.dateline.page.PageException;

/** Bytes as crawled to a string: BOM, then a declared charset, then UTF-8 when valid, else windows-1252. */
public final class Decoding {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Only the head of a page is searched for a declaration, as browsers do. */
    private static final int DECLARATION_WINDOW = 4096;
    private static final int BINARY_SAMPLE = 8192;
    /** At most one malformed byte per this many is taken for stray corruption, not a wrong encoding. */
    static final int STRAY_BYTES_PER = 2000;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private Decoding() {
    }

    /** Decodes {@code raw}; throws E003 for binary content, E004 for bytes no candidate charset can read. */
    public static String decode(String id, byte[] raw) {
        if (raw.length >= 2) {
            int b0 = raw[0] & 0xff, b1 = raw[1] & 0xff;
            if (b0 == 0xfe && b1 == 0xff) return strict(id, raw, 2, StandardCharsets.UTF_16BE);
            if (b0 == 0xff && b1 == 0xfe) return strict(id, raw, 2, StandardCharsets.UTF_16LE);
        }
        int start = raw.length >= 3 && (raw[0] & 0xff) == 0xef && (raw[1] & 0xff) == 0xbb
                && (raw[2] & 0xff) == 0xbf ? 3 : 0;
        if (start == 3) return strict(id, raw, 3, StandardCharsets.UTF_8);
        if (looksBinary(raw)) throw new PageException(Problem.E003, id);
        Charset declared = declaredCharset(raw);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            try {
                return decodeStrict(raw, 0, declared);
            } catch (CharacterCodingException e) {
                // A wrong declaration is common: the bytes may well be UTF-8 after all.
                try {
                    return decodeStrict(raw, 0, StandardCharsets.UTF_8);
                } catch (CharacterCodingException ignored) {
                    throw new PageException(Problem.E004, id, declared.name(), errorOffset(raw, declared));
                }
            }
        }
        try {
            return decodeStrict(raw, 0, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            // Text that is UTF-8 elsewhere but broken here is corrupt, and read as windows-1252 it would
            // come out as mojibake: refuse it. Text with no UTF-8 sequence at all is a legacy 8-bit page.
            if (hasUtf8Sequence(raw)) {
                // A few stray bytes in a long UTF-8 page (a truncated character, a pasted Latin-1 letter) are
                // read as U+FFFD, as browsers do; losing the page to them would be worse.
                int limit = raw.length / STRAY_BYTES_PER;
                if (limit > 0 && malformedUtf8(raw, 0, limit + 1) <= limit) {
                    return new String(raw, StandardCharsets.UTF_8);
                }
                throw new PageException(Problem.E004, id, "UTF-8", errorOffset(raw, StandardCharsets.UTF_8));
            }
            try {
                return decodeStrict(raw, 0, WINDOWS_1252);
            } catch (CharacterCodingException e2) {
                throw new PageException(Problem.E004, id, "UTF-8", errorOffset(raw, StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * Where the text starts (0, or 3 after a BOM) when {@link #decode} would read {@code raw} as UTF-8 that is
     * valid throughout and holds no NUL; -1 for any other page, which {@code decode} then reads (or refuses).
     */
    public static int utf8Start(byte[] raw) {
        if (raw.length >= 2) {
            int b0 = raw[0] & 0xff, b1 = raw[1] & 0xff;
            if (b0 == 0xfe && b1 == 0xff || b0 == 0xff && b1 == 0xfe) return -1;
        }
        if (raw.length >= 3 && (raw[0] & 0xff) == 0xef && (raw[1] & 0xff) == 0xbb && (raw[2] & 0xff) == 0xbf) {
            return cleanUtf8(raw, 3) ? 3 : -1;
        }
        if (looksBinary(raw)) return -1;
        Charset declared = declaredCharset(raw);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) return -1;
        return cleanUtf8(raw, 0) ? 0 : -1;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x0101010101010101L;

    /** Well-formed UTF-8 from {@code offset} (as {@link #validUtf8}) without a NUL byte; ASCII is checked 8 bytes at a time. */
    static boolean cleanUtf8(byte[] raw, int offset) {
        int i = offset;
        int n = raw.length;
        while (i < n) {
            if (i + 8 <= n) {
                long w = (long) LONGS.get(raw, i);
                // No byte with its high bit set, and none zero: eight ASCII characters, none of them NUL.
                if ((w & HIGH_BITS) == 0 && ((w - LOW_BITS) & ~w & HIGH_BITS) == 0) {
                    i += 8;
                    continue;
                }
            }
            int b = raw[i];
            if (b == 0) return false;
            if (b > 0) {
                i++;
                continue;
            }
            int len = sequenceLength(raw, i);
            if (len < 0) return false;
            i += len;
        }
        return true;
    }

    /** The length of the well-formed UTF-8 sequence of two to four bytes at {@code i}, or -1. */
    private static int sequenceLength(byte[] raw, int i) {
        int n = raw.length;
        int b = raw[i] & 0xff;
        if (b >= 0xc2 && b <= 0xdf) {
            return i + 1 < n && continuation(raw[i + 1]) ? 2 : -1;
        } else if (b >= 0xe0 && b <= 0xef) {
            if (i + 2 >= n) return -1;
            int b1 = raw[i + 1] & 0xff;
            if (b == 0xe0 && b1 < 0xa0 || b == 0xed && b1 > 0x9f || !continuation(raw[i + 1])
                    || !continuation(raw[i + 2])) {
                return -1;
            }
            return 3;
        } else if (b >= 0xf0 && b <= 0xf4) {
            if (i + 3 >= n) return -1;
            int b1 = raw[i + 1] & 0xff;
            if (b == 0xf0 && b1 < 0x90 || b == 0xf4 && b1 > 0x8f || !continuation(raw[i + 1])
                    || !continuation(raw[i + 2]) || !continuation(raw[i + 3])) {
                return -1;
            }
            return 4;
        }
        return -1;
    }

    /** True when the bytes hold at least one well-formed UTF-8 multi-byte sequence. */
    static boolean hasUtf8Sequence(byte[] raw) {
        for (int i = 0; i < raw.length; i++) {
            int b = raw[i] & 0xff;
            int more = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
            if (more < 0 || i + more >= raw.length) continue;
            boolean ok = true;
            for (int k = 1; k <= more && ok; k++) ok = (raw[i + k] & 0xc0) == 0x80;
            if (ok) return true;
        }
        return false;
    }

    private static String strict(String id, byte[] raw, int offset, Charset cs) {
        try {
            return decodeStrict(raw, offset, cs);
        } catch (CharacterCodingException e) {
            throw new PageException(Problem.E004, id, cs.name(), errorOffset(raw, cs));
        }
    }

    private static String decodeStrict(byte[] raw, int offset, Charset cs) throws CharacterCodingException {
        // The String constructor is much faster than a CharsetDecoder but replaces bad bytes with U+FFFD
        // silently: only a result holding U+FFFD needs the strict check.
        if (cs.equals(StandardCharsets.UTF_8)) {
            String text = new String(raw, offset, raw.length - offset, StandardCharsets.UTF_8);
            if (text.indexOf('\ufffd') < 0) return text;
            if (!validUtf8(raw, offset)) throw new CharacterCodingException();
            return text;
        }
        CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(raw, offset, raw.length - offset)).toString();
    }

    /** True when the bytes from {@code offset} are well-formed UTF-8 (no overlongs, surrogates, or > U+10FFFF). */
    static boolean validUtf8(byte[] raw, int offset) {
        return malformedUtf8(raw, offset, 1) == 0;
    }

    /** How many bytes from {@code offset} start no well-formed UTF-8 sequence, counting up to {@code limit}. */
    static int malformedUtf8(byte[] raw, int offset, int limit) {
        int bad = 0;
        int i = offset;
        while (i < raw.length && bad < limit) {
            if (raw[i] >= 0) {
                i++;
                continue;
            }
            int len = sequenceLength(raw, i);
            if (len < 0) {
                bad++;
                i++;
            } else {
                i += len;
            }
        }
        return bad;
    }

    private static boolean continuation(byte b) {
        return (b & 0xc0) == 0x80;
    }

    /** The byte offset of the first sequence {@code cs} cannot read. */
    static long errorOffset(byte[] raw, Charset cs) {
        CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(raw);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            var result = decoder.decode(in, out, true);
            if (result.isError()) return in.position();
            if (result.isUnderflow()) return raw.length;
            out.clear();
        }
    }

    /** NUL bytes, or mostly control characters, in the first few kilobytes: not a text page. */
    static boolean looksBinary(byte[] raw) {
        int n = Math.min(raw.length, BINARY_SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = raw[i] & 0xff;
            if (b == 0) return true;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) control++;
        }
        return n > 0 && control * 10 > n;
    }

    /** The charset a page declares in its first bytes (meta charset, http-equiv, XML declaration), or null. */
    static Charset declaredCharset(byte[] raw) {
        String head = new String(raw, 0, Math.min(raw.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        String name = m.find() ? m.group(1) : null;
        if (name == null) {
            m = META_CHARSET.matcher(head);
            if (m.find()) name = m.group(1);
        }
        if (name == null) return null;
        name = name.toLowerCase(Locale.ROOT);
        // Browsers read these labels as windows-1252 (WHATWG Encoding), and so do we.
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")
                || name.equals("latin-1")) {
            return WINDOWS_1252;
        }
        if (name.equals("utf8")) return StandardCharsets.UTF_8;
        try {
            Charset cs = Charset.forName(name);
            // A page cannot really be UTF-16 once it was readable as ASCII here.
            if (cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32")) return StandardCharsets.UTF_8;
            return cs;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
