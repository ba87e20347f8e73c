/// Where an article is: a file, and for a container file the number of its record (from 1), written `FILE#N`.
public struct ArticleAddress: Hashable, Sendable, CustomStringConvertible {
    /// The file.
    public var file: String
    /// The record's number in a container file; nil for a file of one article.
    public var record: Int?

    public init(file: String, record: Int? = nil) {
        self.file = file
        self.record = record
    }

    /// Reads `text` as an address: `FILE#N` when `FILE` exists and `text` itself does not (a file may have `#` in
    /// its name), otherwise the file `text`.
    public init(_ text: String) {
        if let hash = text.lastIndex(of: "#"), let number = Int(text[text.index(after: hash)...]), number > 0,
           !RawFile.exists(text), RawFile.exists(String(text[..<hash])) {
            self.init(file: String(text[..<hash]), record: number)
        } else {
            self.init(file: text)
        }
    }

    public var description: String { record.map { "\(file)#\($0)" } ?? file }
}
