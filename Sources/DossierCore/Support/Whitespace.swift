extension StringProtocol {
    /// Whether the text holds white space (as `Character.isWhitespace` tells it), read from the bytes while they are
    /// ASCII: names and spans are tested many times an article.
    var containsWhitespace: Bool {
        for byte in utf8 {
            if byte >= 0x80 { return contains(where: \.isWhitespace) }
            if byte == 0x20 || (0x09...0x0D).contains(byte) { return true }
        }
        return false
    }
}
