/// Text decoded from a file's bytes, split into lines.
public struct DecodedText: Sendable {
    /// The lines, without their line ends.
    public var lines: [String]
    /// The encoding that was used.
    public var encoding: TextEncoding
    /// The line ending found.
    public var lineEnding: LineEnding
    /// Remarks about the decoding, such as a fallback from UTF-8.
    public var notes: [String]
}

/// Decodes file bytes: UTF-8 (with or without BOM), UTF-16 (by BOM or by its zero-byte pattern),
/// and Windows-1252 when the bytes are not valid UTF-8.
public enum TextDecoding {
    /// Decodes `bytes`; never fails, since every byte sequence is valid Windows-1252 as WHATWG defines it.
    public static func decode(_ bytes: [UInt8]) -> DecodedText {
        let (text, encoding, note) = decodeString(bytes)
        let (lines, ending) = splitLines(text)
        return DecodedText(lines: lines, encoding: encoding, lineEnding: ending, notes: note.map { [$0] } ?? [])
    }

    static func decodeString(_ bytes: [UInt8]) -> (String, TextEncoding, String?) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]), let text = validUTF8(bytes.dropFirst(3)) {
            return (text, .utf8WithBOM, nil)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return (utf16(bytes.dropFirst(2), littleEndian: true), .utf16LE, nil) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (utf16(bytes.dropFirst(2), littleEndian: false), .utf16BE, nil) }
        if let littleEndian = utf16WithoutBOM(bytes) {
            return (utf16(bytes[...], littleEndian: littleEndian), littleEndian ? .utf16LE : .utf16BE, "no byte-order mark; read as UTF-16")
        }
        if let text = validUTF8(bytes[...]) { return (text, .utf8, nil) }
        let offset = firstInvalidUTF8Offset(bytes)
        return (windows1252(bytes), .windows1252, "not valid UTF-8 at byte \(offset); decoded as Windows-1252")
    }

    /// The offset of the first NUL byte when the bytes do not look like UTF-16 text: such a file is binary.
    public static func binaryMarker(_ bytes: [UInt8]) -> Int? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || utf16WithoutBOM(bytes) != nil {
            return nil
        }
        return bytes.firstIndex(of: 0)
    }

    static func validUTF8(_ bytes: ArraySlice<UInt8>) -> String? {
        String(validating: bytes, as: UTF8.self)
    }

    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            guard length > 0, index + length <= bytes.count,
                  validUTF8(bytes[index..<index + length]) != nil else { return index }
            index += length
        }
        return index
    }

    /// Little-endian (true) or big-endian (false) when most even or most odd bytes are zero, as in UTF-16 Latin text.
    static func utf16WithoutBOM(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 4, sample.count % 2 == 0 else { return nil }
        var evenZero = 0, oddZero = 0
        for (index, byte) in sample.enumerated() where byte == 0 {
            if index % 2 == 0 { evenZero += 1 } else { oddZero += 1 }
        }
        let pairs = sample.count / 2
        if oddZero * 10 >= pairs * 7 && evenZero * 10 < pairs { return true }
        if evenZero * 10 >= pairs * 7 && oddZero * 10 < pairs { return false }
        return nil
    }

    static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// The WHATWG Windows-1252 table for 0x80–0x9F; other bytes map to the same code point.
    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }

    /// Splits on LF, CRLF and lone CR, and names the ending used.
    static func splitLines(_ text: String) -> ([String], LineEnding) {
        var text = text
        var lines: [String] = []
        var sawLF = false, sawCRLF = false, sawCR = false
        text.withUTF8 { bytes in
            // Line ends are ASCII, so every cut falls between whole UTF-8 sequences.
            let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
            var start = 0, i = 0
            while i < bytes.count {
                let byte = bytes[i]
                i += 1
                guard byte == cr || byte == lf else { continue }
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start ..< i - 1]), as: UTF8.self))
                if byte == lf {
                    sawLF = true
                } else if i < bytes.count, bytes[i] == lf {
                    sawCRLF = true
                    i += 1
                } else {
                    sawCR = true
                }
                start = i
            }
            if start < bytes.count { lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
        }
        let kinds = [sawLF, sawCRLF, sawCR].filter { $0 }.count
        let ending: LineEnding = kinds > 1 ? .mixed : sawCRLF ? .crlf : sawCR ? .cr : sawLF ? .lf : .none
        return (lines, ending)
    }
}
