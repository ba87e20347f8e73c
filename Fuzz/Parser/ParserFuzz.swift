import DossierCore

/// The libFuzzer test for the parser: any bytes go through the loader's decoding and the article parser, and
/// the parse must account for every line (blank lines belong to nothing, every other line to exactly one part).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard TextDecoding.binaryMarker(bytes) == nil else { return 0 }
    let text = TextDecoding.decode(bytes)
    let article = ArticleParser().parse(text, path: "fuzz.txt")
    precondition(article.lineCount == text.lines.count, "line count \(article.lineCount) for \(text.lines.count) lines")
    var owners = [Int](repeating: 0, count: text.lines.count)
    for range in article.header.map(\.lines) + article.blocks.map(\.lines) {
        precondition(1 <= range.first && range.first <= range.last && range.last <= text.lines.count, "range \(range) outside the file")
        for line in range.first...range.last { owners[line - 1] += 1 }
    }
    for (index, line) in text.lines.enumerated() {
        let blank = line.allSatisfy(\.isWhitespace)
        precondition(blank ? owners[index] == 0 : owners[index] == 1, "line \(index + 1) has \(owners[index]) owners (blank: \(blank))")
    }
    _ = ArticleID(normalising: text.lines)
    return 0
}
