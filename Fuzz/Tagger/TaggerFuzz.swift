import DossierCore

/// The shipped tagger, loaded once per fuzzing process.
private let tagger = try! EntityTagger.shipped()

/// The libFuzzer test for the tokenizer and the entity tagger: tokens must be the text's own slices, in order and
/// apart; sentences must be the tokens regrouped; every mention must be a slice of the text on token bounds.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzTagger(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let tokens = Tokenizer.tokenize(text)
    var previousEnd = text.startIndex
    for token in tokens {
        precondition(previousEnd <= token.range.lowerBound && token.range.lowerBound < token.range.upperBound, "token \(token) overlaps or is empty")
        precondition(token.range.upperBound <= text.endIndex, "token \(token) runs past the text")
        precondition(token.text == String(text.unicodeScalars[token.range]), "token text \(token.text) is not its slice")
        previousEnd = token.range.upperBound
    }
    precondition(Tokenizer.sentenceTokens(text).flatMap { $0 } == tokens, "sentences do not regroup the tokens")
    let paragraphs = text.split(separator: "\n\n", omittingEmptySubsequences: false).map(String.init)
    for (paragraph, spans) in zip(paragraphs, tagger.mentions(inDocument: paragraphs)) {
        let paragraphTokens = Tokenizer.tokenize(paragraph)
        let paragraphStarts = Set(paragraphTokens.map(\.range.lowerBound)), paragraphEnds = Set(paragraphTokens.map(\.range.upperBound))
        for span in spans {
            precondition(paragraphStarts.contains(span.range.lowerBound) && paragraphEnds.contains(span.range.upperBound), "span \(span.text) is off token bounds")
            precondition(span.text == String(paragraph[span.range]), "span text \(span.text) is not its slice")
        }
    }
    return 0
}
