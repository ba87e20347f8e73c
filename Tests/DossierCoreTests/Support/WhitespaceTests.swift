@testable import DossierCore
import Testing

/// The byte-level white space test agrees with `Character.isWhitespace`.
struct WhitespaceTests {
    @Test(arguments: ["Okoro", "New York", "tab\there", "line\nbreak", "crlf\r\n", "no\u{A0}break", "ideographic\u{3000}space",
                      "Zoë", "é\u{0301}", "", "\u{2028}", "Tel-Aviv", "x\u{1F}y"])
    func agreesWithCharacters(text: String) {
        #expect(text.containsWhitespace == text.contains(where: \.isWhitespace))
        #expect(text[...].containsWhitespace == text.contains(where: \.isWhitespace))
        for scalar in text.unicodeScalars { #expect(scalar.isWhitespaceASCIIFirst == scalar.properties.isWhitespace) }
    }
}
