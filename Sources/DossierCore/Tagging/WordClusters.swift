import Foundation

/// Hierarchical word clusters and each word's usual case in running text, keyed by 32-bit hashes of
/// normalised lower-case words (built by `scripts/make-clusters.py`; see docs/entities.md). A word's cluster
/// is its path in a binary tree of clusters, as in Brown clustering: words whose paths share a longer prefix
/// are used more alike, so prefixes of several lengths give groups of several sizes.
struct WordClusters {
    /// Longest path kept, in bits.
    static let maxDepth = 20

    /// A word's entry packed in 32 bits: its path with a leading 1 bit (so `1` is the root, `0b10` its left
    /// child) in bits 0–20, and its usual case in bits 26–28; 0 for a word not in the table.
    struct Entry: Equatable {
        let packed: UInt32
        var path: UInt32 { packed & 0x1f_ffff }
        /// The path's length in bits (0 for a word not in the table).
        var depth: Int { path == 0 ? 0 : 31 - path.leadingZeroBitCount }
        /// The first `length` bits of the path, with the leading 1 (the whole path if it is shorter; 0 for a
        /// word not in the table).
        @inline(__always)
        func prefix(_ length: Int) -> UInt32 {
            let d = depth
            return d > length ? path >> UInt32(d - length) : path
        }
        /// 0 unknown, 1 lower-case, 2 capitalised, 3 all capitals, 4 mixed.
        var usualCase: UInt32 { packed >> 26 & 0x7 }
    }

    private var table: PackedTable<UInt32>

    /// An empty table with room for `capacity` words.
    init(capacity: Int = 0) { table = PackedTable(capacity: capacity) }

    static func key(_ lower: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: lower >> 32) | 1 }

    /// Reads `WORD<TAB>PATH<TAB>case` lines (PATH 1 to 20 characters `0` or `1`; case one of `l c u m -`).
    static func load(_ url: URL) throws -> WordClusters {
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw NERModelError.unreadable(url.path, "cannot read word clusters")
        }
        let lines = text.split(whereSeparator: \.isNewline)
        var clusters = WordClusters(capacity: lines.count)
        for (n, line) in lines.enumerated() {
            let fields = line.split(separator: "\t")
            guard fields.count == 3, (1 ... maxDepth).contains(fields[1].utf8.count), fields[1].utf8.allSatisfy({ $0 == 48 || $0 == 49 }),
                  let usual = ["-", "l", "c", "u", "m"].firstIndex(of: String(fields[2])) else {
                throw NERModelError.badLine(url.path, line: n + 1, "expected WORD, a path of 0s and 1s and a case letter")
            }
            let path = fields[1].utf8.reduce(UInt32(1)) { $0 << 1 | UInt32($1 - 48) }
            clusters.table.insert(key: key(WordForm(String(fields[0])).lower), value: path | UInt32(usual) << 26)
        }
        return clusters
    }

    /// The entry of a word given its `WordForm.lower` hash.
    @inline(__always)
    func entry(_ lower: UInt64) -> Entry { Entry(packed: table.value(Self.key(lower))) }

    /// Serialised form: word count, then (key, entry) pairs in key order.
    func write(to writer: inout BinaryWriter) { table.write(to: &writer) }

    /// Reads what `write(to:)` wrote.
    static func read(from reader: inout BinaryReader) throws -> WordClusters {
        var clusters = WordClusters()
        clusters.table = try PackedTable.read(from: &reader)
        return clusters
    }
}
