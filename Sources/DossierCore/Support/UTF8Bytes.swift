/// The UTF-8 bytes of a text, read a scalar at a time by byte offset: ASCII (most text) without decoding.
struct UTF8Bytes {
    /// Calls `body` with the UTF-8 bytes of `text`, in place when the string keeps them contiguous.
    static func with<R>(_ text: String, _ body: (UTF8Bytes) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable({ body(UTF8Bytes(bytes: $0)) }) { return result }
        return Array(text.utf8).withUnsafeBufferPointer { body(UTF8Bytes(bytes: $0)) }
    }

    let bytes: UnsafeBufferPointer<UInt8>

    var count: Int { bytes.count }

    subscript(_ i: Int) -> UInt8 { bytes[i] }

    /// The scalar starting at offset `i`.
    @inline(__always)
    func scalar(at i: Int) -> Unicode.Scalar {
        let b = bytes[i]
        return b < 0x80 ? Unicode.Scalar(b) : decode(at: i)
    }

    private func decode(at i: Int) -> Unicode.Scalar {
        let b = UInt32(bytes[i])
        let value: UInt32
        if b < 0xE0 {
            value = (b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
        } else if b < 0xF0 {
            value = (b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        } else {
            value = (b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                | UInt32(bytes[i + 3] & 0x3F)
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// The offset of the scalar after the one at `i`.
    @inline(__always)
    func after(_ i: Int) -> Int {
        let b = bytes[i]
        return b < 0x80 ? i + 1 : b < 0xE0 ? i + 2 : b < 0xF0 ? i + 3 : i + 4
    }

    /// The offset of the scalar before offset `i`.
    func before(_ i: Int) -> Int {
        var j = i - 1
        while bytes[j] & 0xC0 == 0x80 { j -= 1 }
        return j
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Whether `-`, `'`, `‑` (E2 80 91) or `’` (E2 80 99) lies in `range`; E2 only ever leads a scalar.
    func hasHyphenOrApostrophe(_ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b == UInt8(ascii: "-") || b == UInt8(ascii: "'") { return true }
            if b == 0xE2, i + 2 < range.upperBound, bytes[i + 1] == 0x80, bytes[i + 2] == 0x91 || bytes[i + 2] == 0x99 {
                return true
            }
            i += 1
        }
        return false
    }
}
