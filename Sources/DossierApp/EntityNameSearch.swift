import DossierCore
import Foundation
import Synchronization

/// Finds entities by the start of any word of their names, for the reader's picker: the names' words are sorted
/// once, on the first search, and kept (a picker looks again at every key, over every entity of the collection).
public final class EntityNameSearch: Sendable {
    private let entities: [Entity]
    private let sorted = Mutex<[(key: String, entity: Int32)]?>(nil)

    public init(entities: [Entity]) {
        self.entities = entities
    }

    /// The entities one of whose names has a word starting with `typed` (ignoring case and accents; several words
    /// match from that word on), most widely mentioned first; at most `limit`.
    public func matches(_ typed: String, limit: Int = 8) -> [Entity] {
        let wanted = Self.folded(typed.trimmingCharacters(in: .whitespaces))
        guard !wanted.isEmpty else { return [] }
        return sorted.withLock { sorted in
            if sorted == nil { sorted = Self.keys(entities) }
            let keys = sorted!
            // The first key not before `wanted`, then every key that starts with it.
            var low = 0, high = keys.count
            while low < high {
                let middle = (low + high) / 2
                if keys[middle].key < wanted { low = middle + 1 } else { high = middle }
            }
            var found: [Int32] = []
            var seen = Set<Int32>()
            var at = low
            // Bounded: a one-letter prefix of a large collection starts tens of thousands of words.
            while at < keys.count, found.count < 500, keys[at].key.hasPrefix(wanted) {
                if seen.insert(keys[at].entity).inserted { found.append(keys[at].entity) }
                at += 1
            }
            return found.map { entities[Int($0)] }
                .sorted { ($0.articles.count, $1.canonicalName) > ($1.articles.count, $0.canonicalName) }
                .prefix(limit).map { $0 }
        }
    }

    private static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Every name of every entity from each of its words on, folded, sorted.
    private static func keys(_ entities: [Entity]) -> [(key: String, entity: Int32)] {
        var keys: [(key: String, entity: Int32)] = []
        for (position, entity) in entities.enumerated() {
            for name in [entity.canonicalName] + entity.aliases {
                let folded = Self.folded(name)
                var start = folded.startIndex
                while start < folded.endIndex {
                    keys.append((String(folded[start...]), Int32(position)))
                    guard let space = folded[start...].firstIndex(where: { $0 == " " || $0 == "-" }) else { break }
                    start = folded.index(after: space)
                }
            }
        }
        return keys.sorted { $0.key < $1.key }
    }
}
