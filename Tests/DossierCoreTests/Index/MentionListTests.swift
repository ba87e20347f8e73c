@testable import DossierCore
import Foundation
import Testing

/// The per-article mention lists the index stores.
struct MentionListTests {
    private let items = [
        MentionList.Item(part: .title, range: 0..<5, kind: .place, surface: "Haifa", key: "haifa"),
        MentionList.Item(part: .standfirst, range: 12..<27, kind: .organization, surface: "“Acme Holdings”", key: "acme holdings"),
        MentionList.Item(part: .block(0), range: 300..<306, kind: .person, surface: "Okoro’s", key: "okoro"),
        MentionList.Item(part: .block(4_000), range: 70_000..<70_011, kind: .other, surface: "תל אביב-יפו", key: "תל אביב יפו"),
    ]

    @Test func itemsComeBackAsWritten() {
        let list = MentionList(items)
        #expect(MentionList(decoding: list.encoded) == list)
        #expect(MentionList(decoding: MentionList([]).encoded)?.items == [])
    }

    @Test func bytesCutShortAreRefused() {
        let bytes = MentionList(items).encoded
        for length in [1, 3, bytes.count / 2, bytes.count - 1] {
            #expect(MentionList(decoding: bytes.prefix(length)) == nil, "cut at \(length) of \(bytes.count)")
        }
    }

    /// The bytes indexes hold: another format needs another `IndexSchema.version`.
    @Test func theBytesAreTheStoredFormat() {
        let list = MentionList([items[0], MentionList.Item(part: .block(4_000), range: 128..<130, kind: .person, surface: "Ō", key: "o")])
        #expect([UInt8](list.encoded) == [3, 0, 5, 2, 5] + Array("Haifa".utf8) + [5] + Array("haifa".utf8)
            + [0xC0, 0x3E, 0x80, 0x01, 2, 0, 2, 0xC5, 0x8C, 1, 0x6F])
    }

    @Test func anUnknownKindIsRefused() {
        // Part 0, start 0, length 1, kind 9.
        #expect(MentionList(decoding: Data([0, 0, 1, 9, 1, 0x41, 1, 0x61])) == nil)
    }
}
