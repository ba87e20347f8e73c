/// What the tagger knows about words beyond its training sentences: the gazetteer lists and the word
/// clusters with each word's usual case, and the training text's commonest words, whose features' weights
/// the model sums once when it loads (`WordRows`). Stored in the model file, so a model carries what it was
/// trained with.
struct Lexicon {
    var gazetteer: Gazetteer
    var clusters: WordClusters
    /// Tokens as written, commonest first; they change only the tagger's speed, never its labels.
    var commonWords: [String] = []

    func write(to writer: inout BinaryWriter) {
        gazetteer.write(to: &writer)
        clusters.write(to: &writer)
        let words = commonWords.map { Array($0.utf8) }.filter { (1 ... 255).contains($0.count) }
        writer.write(UInt32(words.count))
        for word in words {
            writer.write(UInt8(word.count))
            for byte in word { writer.write(byte) }
        }
    }

    static func read(from reader: inout BinaryReader) throws -> Lexicon {
        var lexicon = Lexicon(gazetteer: try Gazetteer.read(from: &reader), clusters: try WordClusters.read(from: &reader))
        let n = Int(try reader.read(UInt32.self))
        lexicon.commonWords.reserveCapacity(n)
        for _ in 0 ..< n {
            let length = Int(try reader.read(UInt8.self))
            lexicon.commonWords.append(String(decoding: try reader.readBytes(length), as: UTF8.self))
        }
        return lexicon
    }
}
