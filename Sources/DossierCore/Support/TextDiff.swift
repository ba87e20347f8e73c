/// What changed from one version of a text to another, paragraph by paragraph: runs of paragraphs both hold, and
/// paragraphs removed, added or changed in place, the last word by word (as `git diff --word-diff` shows them). A
/// removed paragraph and an added one at the same place are one changed paragraph when at least half of the longer's
/// words are kept.
public struct TextDiff: Hashable, Sendable {
    /// Whether a run of words is in both versions, only the old or only the new.
    public enum Change: Hashable, Sendable {
        case kept, removed, added
    }

    /// Words side by side that changed alike, joined by single spaces.
    public struct Run: Hashable, Sendable {
        public var text: String
        public var change: Change
    }

    /// A stretch of the texts.
    public enum Part: Hashable, Sendable {
        /// Paragraphs both versions hold word for word.
        case same([String])
        /// A paragraph removed, added or changed: its words, in runs.
        case paragraph([Run])
    }

    public let parts: [Part]

    /// The changes from the paragraphs `old` to the paragraphs `new`.
    public init(from old: [String], to new: [String]) {
        let (removed, inserted) = Self.changes(from: old, to: new)
        var parts: [Part] = []
        var same: [String] = []
        func flushSame() {
            if !same.isEmpty { parts.append(.same(same)) }
            same = []
        }
        var (i, j) = (0, 0)
        while i < old.count || j < new.count {
            let isRemoved = i < old.count && removed.contains(i)
            let isInserted = j < new.count && inserted.contains(j)
            if isRemoved && isInserted {
                flushSame()
                let words = Self.wordDiff(from: Self.words(old[i]), to: Self.words(new[j]))
                if let words {
                    parts.append(.paragraph(words))
                } else {
                    parts.append(.paragraph([Run(text: old[i], change: .removed)]))
                    parts.append(.paragraph([Run(text: new[j], change: .added)]))
                }
                (i, j) = (i + 1, j + 1)
            } else if isRemoved {
                flushSame()
                parts.append(.paragraph([Run(text: old[i], change: .removed)]))
                i += 1
            } else if isInserted {
                flushSame()
                parts.append(.paragraph([Run(text: new[j], change: .added)]))
                j += 1
            } else {
                same.append(new[j])
                (i, j) = (i + 1, j + 1)
            }
        }
        flushSame()
        self.parts = parts
    }

    /// How many words the new version removed and added.
    public var wordCounts: (removed: Int, added: Int) {
        var counts = (removed: 0, added: 0)
        for case .paragraph(let runs) in parts {
            for run in runs {
                switch run.change {
                case .kept: break
                case .removed: counts.removed += Self.words(run.text).count
                case .added: counts.added += Self.words(run.text).count
                }
            }
        }
        return counts
    }

    /// The offsets of `old` removed and of `new` inserted by a shortest edit.
    private static func changes<T: Hashable>(from old: [T], to new: [T]) -> (removed: Set<Int>, inserted: Set<Int>) {
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in new.difference(from: old) {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        return (removed, inserted)
    }

    /// The words of a paragraph (split at white space, punctuation kept on its word).
    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: \.isWhitespace)
    }

    /// The runs from the words `old` to `new`; nil when fewer than half of the longer's words are kept (two
    /// different paragraphs).
    private static func wordDiff(from old: [Substring], to new: [Substring]) -> [Run]? {
        let (removed, inserted) = changes(from: old, to: new)
        guard (old.count - removed.count) * 2 >= max(old.count, new.count) else { return nil }
        var runs: [Run] = []
        func append(_ word: Substring, _ change: Change) {
            if let last = runs.last, last.change == change {
                runs[runs.count - 1].text += " " + word
            } else {
                runs.append(Run(text: String(word), change: change))
            }
        }
        var (i, j) = (0, 0)
        while i < old.count || j < new.count {
            // Removals before insertions, so that a replaced word reads [-old-]{+new+}.
            if i < old.count && removed.contains(i) {
                append(old[i], .removed)
                i += 1
            } else if j < new.count && inserted.contains(j) {
                append(new[j], .added)
                j += 1
            } else {
                append(new[j], .kept)
                (i, j) = (i + 1, j + 1)
            }
        }
        return runs
    }
}
