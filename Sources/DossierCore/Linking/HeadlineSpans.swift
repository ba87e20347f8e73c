/// Which spans of a headline in title case resolution keeps: a headline capitalises every word, so the tagger's
/// spans there are unreliable, and only those naming something the collection mentions outside a headline (a name
/// used there, or the last word of one: a surname) are resolved.
struct HeadlineSpans {
    private let used: Set<String>
    private let lastWords: Set<String>

    /// The rule for a collection whose keys mentioned outside headlines are `used`.
    init(used keys: some Sequence<String>) {
        used = Set(keys)
        lastWords = Set(used.compactMap { key in key.lastIndex(of: " ").map { String(key[key.index(after: $0)...]) } })
    }

    /// Whether a headline span keyed `key` is kept.
    func keeps(_ key: String) -> Bool { used.contains(key) || lastWords.contains(key) }
}
