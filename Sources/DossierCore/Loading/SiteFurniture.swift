import Foundation

/// Paragraphs that many pages of one site repeat word for word (an "about us" box, a newsletter pitch, a
/// disclaimer, a footer the page rules took for prose): furniture that no single page shows, found by counting
/// each paragraph's fingerprint over a collection, site by site. A site is the host of an article's address, or
/// the folder its file lies in when it states none.
public struct SiteFurniture: Sendable {
    /// The number of distinct articles of one site a paragraph must appear in to be furniture.
    public static let minimumArticles = 3
    /// Paragraphs shorter than this many words are left to the page rules (a repeated `Read more` is theirs).
    static let minimumWords = 4

    /// For each site, how many articles hold each paragraph fingerprint.
    private var counts: [String: [UInt64: Int32]] = [:]

    /// Counts the paragraphs of `articles`.
    public init(_ articles: some Sequence<Article> = [Article]()) {
        for article in articles { add(article) }
    }

    /// Counts the paragraphs of one more article (each distinct paragraph once).
    public mutating func add(_ article: Article) {
        add(Self.prints(of: article))
    }

    /// Counts one more article's paragraphs, as `prints(of:)` gives them.
    mutating func add(_ prints: (site: String, paragraphs: [UInt64])) {
        // Counted in place: a copy of the site's counts, changed and put back, copied them all at each article.
        for fingerprint in prints.paragraphs { counts[prints.site, default: [:]][fingerprint, default: 0] += 1 }
    }

    /// What an article adds to the counts: its site and the fingerprints of its distinct paragraphs, in order of
    /// first use. The index keeps them, so that a reader of it folds the same paragraphs `show` folds.
    static func prints(of article: Article) -> (site: String, paragraphs: [UInt64]) {
        var seen = Set<UInt64>()
        let paragraphs = article.blocks.lazy.filter { $0.kind == .paragraph }.compactMap { fingerprint($0.text) }.filter { seen.insert($0).inserted }
        return (site(of: article), Array(paragraphs))
    }

    /// Paragraph fingerprints as the index keeps them: eight bytes each, little-endian.
    static func encode(_ paragraphs: [UInt64]) -> Data {
        var writer = BinaryWriter(capacity: paragraphs.count * 8)
        for paragraph in paragraphs { writer.write(paragraph) }
        return writer.data
    }

    /// Appends the fingerprints `encode` wrote (as many whole ones as there are) to `paragraphs`, read in place.
    static func decode(_ data: Data?, into paragraphs: inout [UInt64]) {
        data?.withUnsafeBytes { raw in
            for offset in stride(from: 0, to: raw.count - 7, by: 8) {
                paragraphs.append(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            }
        }
    }

    /// `article` with the paragraphs its site repeats on `minimumArticles` or more articles folded as furniture
    /// (`repeated on 12 pages of this site`). An article most of whose paragraph words are so repeated is a copy of
    /// another story, not a page with boilerplate, and is left as it is.
    public func folding(_ article: Article) -> Article {
        guard let site = counts[Self.site(of: article)] else { return article }
        var repeated: [Int: Int32] = [:]
        var repeatedWords = 0, words = 0
        for (index, block) in article.blocks.enumerated() where block.kind == .paragraph {
            let count = LineShape.wordCount(block.text)
            words += count
            if let fingerprint = Self.fingerprint(block.text), let pages = site[fingerprint], pages >= Self.minimumArticles {
                repeated[index] = pages
                repeatedWords += count
            }
        }
        guard !repeated.isEmpty, repeatedWords * 2 < words else { return article }
        var folded = article
        for (index, pages) in repeated {
            folded.blocks[index].kind = .furniture
            folded.blocks[index].reason = "repeated on \(pages) pages of this site"
        }
        return folded
    }

    /// The site an article belongs to: the host of its address, else the folder of its file.
    static func site(of article: Article) -> String {
        if let url = article.url, let host = host(of: url) { return host }
        // A record's path is `FILE#N`.
        var file = Substring(article.path)
        if article.record != nil, let hash = file.lastIndex(of: "#") { file = file[..<hash] }
        guard let slash = file.lastIndex(of: "/") else { return "." }
        return String(file[..<slash])
    }

    /// The lower-cased host of an `http(s)://` address, without a leading `www.`.
    static func host(of url: String) -> String? {
        let lower = url.lowercased()
        guard let scheme = ["https://", "http://"].first(where: lower.hasPrefix) else { return nil }
        let rest = lower.dropFirst(scheme.count)
        var host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        return host.isEmpty ? nil : String(host)
    }

    /// A 64-bit FNV-1a hash of a paragraph's words, lower-cased and joined by single spaces (so that spacing and
    /// case do not tell copies apart); nil under `minimumWords` words. The index keeps these: a change of what it
    /// gives is a change of the parser's version.
    static func fingerprint(_ text: String) -> UInt64? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var words = 0
        var inWord = false
        // Each scalar lower-cased as `String.lowercased()` does it (scalar by scalar); ASCII read as bytes, without a
        // lookup of its properties: readers fold every paragraph of every article they open.
        func isASCIIWordPart(_ lower: UInt32) -> Bool { (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) }
        func take(isWordPart: Bool, bytes: some Sequence<UInt8>) {
            if isWordPart {
                if !inWord, words > 0 { hash = (hash ^ 0x20) &* 0x100_0000_01b3 }
                if !inWord { words += 1 }
                for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            }
            inWord = isWordPart
        }
        UTF8Bytes.with(text) { s in
            var i = 0
            while i < s.count {
                let byte = s[i]
                if byte < 0x80 {
                    let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
                    take(isWordPart: isASCIIWordPart(UInt32(lower)), bytes: CollectionOfOne(lower))
                    i += 1
                } else {
                    for scalar in s.scalar(at: i).properties.lowercaseMapping.unicodeScalars {
                        let isWordPart = scalar.value < 0x80
                            ? isASCIIWordPart(scalar.value) : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                        take(isWordPart: isWordPart, bytes: UTF8.encode(scalar)!)
                    }
                    i = s.after(i)
                }
            }
        }
        return words >= minimumWords ? hash : nil
    }
}
