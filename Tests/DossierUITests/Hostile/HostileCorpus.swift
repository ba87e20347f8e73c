import DossierCore

/// The generated hostile inputs, by family: what scraped files from the open web can throw at the reader.
enum HostileCorpus {
    /// Every case, in report order.
    static var cases: [HostileCase] {
        emptiness + sizes + nulBytes + invalidUTF8 + utf16 + windows1252 + lineEnds
            + controls + escapes + bidi + invisible + combining + emoji + longText
            + folders + symlinks + unreadable + races + names + formats
    }

    /// A case whose input is one file `name` holding `bytes`, opened directly.
    static func file(_ family: String, _ name: String, _ bytes: [UInt8], file: String = "input.txt", _ expected: Expectation) -> HostileCase {
        HostileCase(family: family, name: name, make: { try $0.write(file, bytes) }, expected: expected)
    }

    /// A case whose input is one UTF-8 text file, opened directly.
    static func text(_ family: String, _ name: String, _ text: String, _ expected: Expectation) -> HostileCase {
        file(family, name, Array(text.utf8), expected)
    }

    /// A short article with `payload` in its headline and in a short paragraph, between `Body with ` and ` inside.`
    static func article(_ payload: String, headline: String = "Headline") -> String {
        "\(headline) \(payload) here\n\nBody with \(payload) inside.\n\nA second paragraph, plain, to close the piece.\n"
    }

    /// The same, as bytes, with `payload` given as raw bytes.
    static func article(bytes payload: [UInt8], headline: String = "Headline") -> (bytes: [UInt8], payloadOffset: Int) {
        let title = Array("\(headline) ".utf8)
        let bytes = title + payload + Array(" here\n\nBody with ".utf8) + payload + Array(" inside.\n\nA second paragraph, plain, to close the piece.\n".utf8)
        return (bytes, title.count)
    }

    /// UTF-16 code units of `text` as bytes.
    static func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit in
            let (low, high) = (UInt8(unit & 0xFF), UInt8(unit >> 8))
            return littleEndian ? [low, high] : [high, low]
        }
    }
}
