import Foundation

extension String {
    /// How `self` and `other` compare by the bytes of their UTF-8, the order of the walk and of SQLite's BINARY
    /// collation: negative when `self` comes first, zero when the bytes are the same, positive when `other` does.
    func compareBytes(_ other: String) -> Int {
        let contiguous = utf8.withContiguousStorageIfAvailable { x in
            other.utf8.withContiguousStorageIfAvailable { y in
                let common = min(x.count, y.count)
                let sign = common == 0 ? 0 : Int(memcmp(x.baseAddress!, y.baseAddress!, common))
                return sign != 0 ? sign : x.count - y.count
            }
        }
        if case let sign?? = contiguous { return sign }
        for (x, y) in zip(utf8, other.utf8) where x != y { return Int(x) - Int(y) }
        return utf8.count - other.utf8.count
    }
}
