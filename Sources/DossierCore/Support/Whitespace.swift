extension StringProtocol {
    /// Whether the text holds white space (as `Character.isWhitespace` tells it), read from the bytes while they are
    /// ASCII: names and spans are tested many times an article.
    var containsWhitespace: Bool {
        for byte in utf8 {
            if byte >= 0x80 { return contains(where: \.isWhitespace) }
            if byte.isASCIIWhitespace { return true }
        }
        return false
    }
}

extension UInt8 {
    /// An ASCII white-space byte: space, tab, line feed, vertical tab, form feed or carriage return.
    var isASCIIWhitespace: Bool { self == 0x20 || (0x09...0x0D).contains(self) }
}

extension Unicode.Scalar {
    /// Unicode white space, with ASCII (most text) answered without looking up the scalar's properties.
    var isWhitespaceASCIIFirst: Bool { isASCII ? UInt8(value).isASCIIWhitespace : properties.isWhitespace }
}
