import GRDB

/// Which name keys entity resolution can relate, from the index's `name` table (every key, and whether it was
/// ever written as an acronym) and its `name_initials` table (acronyms the text defined for a name): keys are linked
/// exactly as `NameRules` links them for the resolver. Keys in different components of this graph never affect each
/// other's entities, so resolving again only the components of the keys an update touched gives what resolving
/// everything would.
///
/// The tables only grow, so the graph may hold keys no longer mentioned: that can only join components, never split
/// one that resolution relates.
struct NameGraph {
    private var keys: [String] = []
    /// Per key (by number), its buckets (by number) and whether it anchors each.
    private var links: [[(bucket: Int32, isAnchor: Bool)]] = []
    /// Per bucket, its anchors and its other keys.
    private var anchors: [[Int32]] = []
    private var others: [[Int32]] = []
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
                    return Int32(anchors.count - 1)
                }()
                links[Int(number)].append((bucket, link.isAnchor))
                if link.isAnchor { anchors[Int(bucket)].append(number) } else { others[Int(bucket)].append(number) }
            }
        }
        let names = try Row.fetchCursor(db, sql: "SELECT key, acronym FROM name")
        while let row = try names.next() {
            let key: String = row[0]
            add(key, NameRules.links(of: key, isAcronym: row[1]))
        }
        let definitions = try Row.fetchCursor(db, sql: "SELECT initials, key FROM name_initials")
        while let row = try definitions.next() {
            let (letters, key): (String, String) = (row[0], row[1])
            add(key, NameRules.definitionLinks(acronym: letters))
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
                for (bucket, isAnchor) in links[Int(component[next])] {
                    for other in anchors[Int(bucket)] where !seen[Int(other)] {
                        seen[Int(other)] = true
                        component.append(other)
                    }
                    guard isAnchor else { continue }
                    for other in others[Int(bucket)] where !seen[Int(other)] {
                        seen[Int(other)] = true
                        component.append(other)
                    }
                }
                next += 1
            }
            components.append(component.map { self.keys[Int($0)] })
        }
        return components
    }
}
