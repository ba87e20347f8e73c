import GRDB

/// Which name keys entity resolution can relate, from the index's `name` table (every key, and whether it was
/// ever written as an acronym) and its `name_initials` table (acronyms the text defined for a name): keys are linked
/// exactly as `NameRules` links them for the resolver. Keys in different components of this graph never affect each
/// other's entities, so resolving again only the components of the keys an update touched gives what resolving
/// everything would (`components(of:)`); `ResolutionPlan` tells a smaller set apart for a small update.
///
/// The tables only grow, so the graph may hold keys no longer mentioned: that can only join components, never split
/// one that resolution relates.
struct NameGraph {
    /// The two kinds of word bucket: a word alone and the names it ends (`last:`) or starts (`first:`).
    enum WordBucket {
        case last, first
    }

    private(set) var keys: [String] = []
    /// Per key (by number), its buckets (by number) and whether it anchors each.
    private var links: [[(bucket: Int32, isAnchor: Bool)]] = []
    /// Per bucket, its anchors and its other keys.
    private var anchors: [[Int32]] = []
    private var others: [[Int32]] = []
    /// Per bucket, which word bucket it is, if it is one.
    private var words: [WordBucket?] = []
    private var numbers: [String: Int32] = [:]

    /// The graph of every key in the index.
    init(_ db: Database) throws {
        var bucketNumbers: [String: Int32] = [:]
        func add(_ key: String, _ found: [NameRules.Link]) {
            let number = numbers[key] ?? {
                numbers[key] = Int32(keys.count)
                keys.append(key)
                links.append([])
                return Int32(keys.count - 1)
            }()
            for link in found {
                let bucket = bucketNumbers[link.bucket] ?? {
                    bucketNumbers[link.bucket] = Int32(anchors.count)
                    anchors.append([])
                    others.append([])
                    words.append(link.bucket.hasPrefix("last:") ? .last : link.bucket.hasPrefix("first:") ? .first : nil)
                    return Int32(anchors.count - 1)
                }()
                links[Int(number)].append((bucket, link.isAnchor))
                if link.isAnchor { anchors[Int(bucket)].append(number) } else { others[Int(bucket)].append(number) }
            }
        }
        let names = try Row.fetchCursor(db, sql: "SELECT key, acronym, links FROM name")
        while let row = try names.next() {
            let key: String = row[0]
            add(key, NameRules.links(of: key, isAcronym: row[1], stored: NameRules.decode(row[2])))
        }
        let definitions = try Row.fetchCursor(db, sql: "SELECT initials, key FROM name_initials")
        while let row = try definitions.next() {
            let (letters, key): (String, String) = (row[0], row[1])
            add(key, NameRules.definitionLinks(acronym: letters))
        }
    }

    /// The number of `key`, nil for a key the graph does not hold.
    func number(of key: String) -> Int32? { numbers[key] }

    /// Whether the key is a short name: a word alone or a title and a surname, which anchors a `last:` bucket.
    /// Resolution moves a short name's mentions to a fuller name an article at a time; no other key's mentions move.
    func isShortName(_ key: Int32) -> Bool {
        links[Int(key)].contains { $0.isAnchor && words[Int($0.bucket)] == .last }
    }

    /// The keys linked to `key` through its buckets, a bucket's anchors linked to all its keys and its other keys to
    /// its anchors; through word buckets too unless `wordBuckets` is false.
    func neighbours(of key: Int32, wordBuckets: Bool = true) -> [Int32] {
        var found: [Int32] = []
        for (bucket, isAnchor) in links[Int(key)] where wordBuckets || words[Int(bucket)] == nil {
            found += anchors[Int(bucket)]
            if isAnchor { found += others[Int(bucket)] }
        }
        return found.filter { $0 != key }
    }

    /// The short names whose word buckets hold `key` as a fuller name: their decisions read it.
    func shortNames(reading key: Int32) -> [Int32] {
        links[Int(key)].flatMap { bucket, isAnchor in !isAnchor && words[Int(bucket)] != nil ? anchors[Int(bucket)] : [] }
    }

    /// The word buckets `key` anchors, each with its other anchors (`mr hale` beside `hale`) and its fuller names.
    func wordBuckets(anchoredBy key: Int32) -> [(anchors: [Int32], names: [Int32])] {
        links[Int(key)].compactMap { bucket, isAnchor in
            guard isAnchor, words[Int(bucket)] != nil else { return nil }
            return (anchors[Int(bucket)].filter { $0 != key }, others[Int(bucket)])
        }
    }

    /// The components of the graph that hold `keys`, each a list of keys.
    func components(of keys: [String]) -> [[String]] {
        var seen = [Bool](repeating: false, count: self.keys.count)
        var components: [[String]] = []
        for start in keys {
            guard let first = numbers[start] else {
                components.append([start])
                continue
            }
            guard !seen[Int(first)] else { continue }
            seen[Int(first)] = true
            var component = [first]
            var next = 0
            while next < component.count {
                for other in neighbours(of: component[next]) where !seen[Int(other)] {
                    seen[Int(other)] = true
                    component.append(other)
                }
                next += 1
            }
            components.append(component.map { self.keys[Int($0)] })
        }
        return components
    }
}
