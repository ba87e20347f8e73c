extension Sequence<UInt8> {
    /// The bytes in lower-case hexadecimal, two digits each (`[0x0f, 0xa5]` → `0fa5`), written without
    /// `String(format:)`, which cost more than the digests it spelled out.
    var lowercaseHex: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(underestimatedCount * 2)
        for byte in self {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
