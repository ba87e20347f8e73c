import DossierCore
import Foundation
import Testing

@Suite("Entity marks applied to the index")
struct MarkedEntitiesTests {
    let first = ArticleID(rawValue: "1111111111111111")
    let second = ArticleID(rawValue: "2222222222222222")

    func mention(_ article: ArticleID, _ surface: String) -> Mention {
        Mention(article: article, part: .title, range: 0 ..< surface.count, surface: surface)
    }

    var entities: [Entity] {
        [
            Entity(canonicalName: "Acme Holdings", kind: .organization, aliases: ["Acme Holdings Ltd"], mentions: [mention(second, "Acme Holdings")]),
            Entity(canonicalName: "Acme", kind: .organization, aliases: ["ACME Corp"], mentions: [mention(first, "Acme")]),
            Entity(canonicalName: "Follow", kind: .person, aliases: [], mentions: [mention(first, "Follow")]),
        ]
    }

    @Test func mergeMovesMentionsAndAliasesAndSplitUndoesIt() {
        let source = EntityID(kind: .organization, canonicalName: "Acme")
        let target = EntityID(kind: .organization, canonicalName: "Acme Holdings")
        let merged = MentionIndex(entities: entities, articleOrder: [first, second], marks: [source: EntityMarks(mergedInto: target)])
        #expect(merged.entity(source) == nil)
        let entity = merged.entity(target)
        #expect(entity?.aliases == ["Acme Holdings Ltd", "Acme", "ACME Corp"])
        #expect(entity?.articles == [first, second])
        #expect(merged.entities(named: "ACME Corp").map(\.id) == [target])
        let split = MentionIndex(entities: entities, articleOrder: [first, second], marks: [:])
        #expect(split.entity(source)?.articles == [first])
    }

    @Test func hiddenEntitiesLeaveAndRenamedOnesKeepTheirIdAndOldName() {
        let hidden = EntityID(kind: .person, canonicalName: "Follow")
        let renamed = EntityID(kind: .organization, canonicalName: "Acme")
        let index = MentionIndex(entities: entities, articleOrder: [first, second],
                                 marks: [hidden: EntityMarks(isHidden: true), renamed: EntityMarks(name: "Acme Inc.")])
        #expect(index.entity(hidden) == nil)
        #expect(index.entity(renamed)?.canonicalName == "Acme Inc.")
        #expect(index.entities(named: "Acme").map(\.id) == [renamed])
        #expect(index.entities(named: "Acme Inc").map(\.id) == [renamed])
    }
}
