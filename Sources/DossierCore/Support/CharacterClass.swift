extension Character {
    /// `isLetter`, answered from the first byte when the character starts with an ASCII scalar (as `isLetter`
    /// reads the first scalar only), without looking up the scalar's properties: most text is ASCII.
    var isLetterASCIIFirst: Bool {
        guard let byte = utf8.first, byte < 0x80 else { return isLetter }
        return (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// `isNumber`, answered from the first byte when it is ASCII, as `isLetterASCIIFirst` is.
    var isNumberASCIIFirst: Bool {
        guard let byte = utf8.first, byte < 0x80 else { return isNumber }
        return (0x30...0x39).contains(byte)
    }

    /// `isWhitespace`, answered from the first byte when it is ASCII, as `isLetterASCIIFirst` is.
    var isWhitespaceASCIIFirst: Bool {
        guard let byte = utf8.first, byte < 0x80 else { return isWhitespace }
        return byte.isASCIIWhitespace
    }
}
