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

    var resolved: [(entity: Entity, mentions: [Mention])] {
        [
            (Entity(canonicalName: "Acme Holdings", kind: .organization, aliases: ["Acme Holdings Ltd"], mentions: [mention(second, "Acme Holdings")]),
             [mention(second, "Acme Holdings")]),
            (Entity(canonicalName: "Acme", kind: .organization, aliases: ["ACME Corp"], mentions: [mention(first, "Acme")]), [mention(first, "Acme")]),
            (Entity(canonicalName: "Follow", kind: .person, aliases: [], mentions: [mention(first, "Follow")]), [mention(first, "Follow")]),
        ]
    }

    func index(marks: [EntityID: EntityMarks]) -> MentionIndex {
        MentionIndex(entities: resolved.map(\.entity), articleOrder: [first, second],
                     mentions: MentionTable(resolved.map { ($0.entity.id, $0.mentions) }), marks: marks)
    }

    @Test func mergeMovesMentionsAndAliasesAndSplitUndoesIt() {
        let source = EntityID(canonicalName: "Acme")
        let target = EntityID(canonicalName: "Acme Holdings")
        let merged = index(marks: [source: EntityMarks(mergedInto: target)])
        #expect(merged.entity(source) == nil)
        let entity = merged.entity(target)
        #expect(entity?.aliases == ["Acme Holdings Ltd", "Acme", "ACME Corp"])
        #expect(entity?.articles == [first, second])
        #expect(entity?.mentionCount == 2)
        #expect(merged.entities(named: "ACME Corp").map(\.id) == [target])
        // The merged entity's mentions are found in the article through the entity it was merged into.
        #expect(merged.mentions(of: target, in: first).map(\.surface) == ["Acme"])
        #expect(merged.mentions(in: first).map(\.entity.id) == [target, EntityID(canonicalName: "Follow")])
        let split = index(marks: [:])
        #expect(split.entity(source)?.articles == [first])
        #expect(split.mentions(of: source, in: first).map(\.surface) == ["Acme"])
    }

    @Test func hiddenEntitiesLeaveAndRenamedOnesKeepTheirIdAndOldName() {
        let hidden = EntityID(canonicalName: "Follow")
        let renamed = EntityID(canonicalName: "Acme")
        let index = index(marks: [hidden: EntityMarks(isHidden: true), renamed: EntityMarks(name: "Acme Inc.")])
        #expect(index.entity(hidden) == nil)
        #expect(index.mentions(in: first).map(\.entity.id) == [renamed])
        #expect(index.entity(renamed)?.canonicalName == "Acme Inc.")
        #expect(index.entities(named: "Acme").map(\.id) == [renamed])
        #expect(index.entities(named: "Acme Inc").map(\.id) == [renamed])
    }

    @Test func aDetachedAliasLeavesItsEntityWithItsMentions() {
        // Resolution joined `Mrs Hale` (two articles) and `Hale` to Peter Hale; the reader detaches `Mrs Hale`.
        let third = ArticleID(rawValue: "3333333333333333")
        let mentions = [mention(first, "Peter Hale"), mention(first, "Mrs Hale"), mention(second, "Mrs Hale"), mention(third, "Hale")]
        let peter = Entity(canonicalName: "Peter Hale", kind: .person, aliases: ["Mrs Hale", "Mrs. Hale", "Hale"], mentions: mentions)
        let table = MentionTable([(peter.id, mentions)])
        let index = MentionIndex(entities: [peter], articleOrder: [first, second, third], mentions: table,
                                 marks: [peter.id: EntityMarks(detached: ["mrs hale"])])
        let kept = index.entity(peter.id)
        #expect(kept?.aliases == ["Hale"])
        #expect(kept?.articles == [first, third])
        #expect(kept?.mentionCount == 2)
        let detached = EntityID(canonicalName: "Mrs Hale")
        #expect(index.entity(detached)?.canonicalName == "Mrs Hale")
        #expect(index.entity(detached)?.aliases == ["Mrs. Hale"])
        #expect(index.entity(detached)?.articles == [first, second])
        #expect(index.entity(detached)?.mentionCount == 2)
        #expect(index.mentions(in: first).map(\.entity.id) == [peter.id, detached])
        #expect(index.entities(named: "Mrs Hale").map(\.id) == [detached])
        // The detached name can be merged elsewhere like any entity; undone, everything is as resolved.
        let susan = Entity(canonicalName: "Susan Hale", kind: .person, aliases: [], mentions: [mention(third, "Susan Hale")])
        let merged = MentionIndex(entities: [peter, susan], articleOrder: [first, second, third],
                                  mentions: MentionTable([(peter.id, mentions), (susan.id, [mention(third, "Susan Hale")])]),
                                  marks: [peter.id: EntityMarks(detached: ["mrs hale"]), detached: EntityMarks(mergedInto: susan.id)])
        #expect(merged.entity(susan.id)?.mentionCount == 3)
        #expect(merged.mentions(in: second).map(\.entity.id) == [susan.id])
        let undone = MentionIndex(entities: [peter], articleOrder: [first, second, third], mentions: table, marks: [:])
        #expect(undone.entity(peter.id) == peter)
        #expect(undone.entity(detached) == nil)
    }

    /// Entity pages rank by `mentionCounts`, summed from the source's tallies: under merges and detached names they
    /// agree with counting the linked mentions of every article.
    @Test func mentionCountsAgreeWithTheLinkedMentionsUnderCorrections() {
        let third = ArticleID(rawValue: "3333333333333333")
        let articles = [first, second, third]
        let peterMentions = [mention(first, "Peter Hale"), mention(first, "Mrs Hale"), mention(second, "Mrs Hale"), mention(second, "Hale"),
                             mention(third, "Hale"), mention(third, "Hale")]
        let peter = Entity(canonicalName: "Peter Hale", kind: .person, aliases: ["Mrs Hale", "Hale"], mentions: peterMentions)
        let susan = Entity(canonicalName: "Susan Hale", kind: .person, aliases: [], mentions: [mention(third, "Susan Hale")])
        let table = MentionTable([(peter.id, peterMentions), (susan.id, [mention(third, "Susan Hale")])])
        let detached = EntityID(canonicalName: "Mrs Hale")
        for marks in [[:], [susan.id: EntityMarks(mergedInto: peter.id)], [peter.id: EntityMarks(detached: ["mrs hale"])],
                      [peter.id: EntityMarks(detached: ["mrs hale"]), detached: EntityMarks(mergedInto: susan.id)]] {
            let index = MentionIndex(entities: [peter, susan], articleOrder: articles, mentions: table, marks: marks)
            for entity in index.entities {
                #expect(index.mentionCounts(of: entity.id) == index.countingLinkedMentions(of: entity.id, in: articles),
                        "\(entity.canonicalName) under \(marks)")
            }
        }
    }

    @Test func aMarkFollowsTheEntityWhenItsCanonicalNameChanges() {
        // Marked when the collection named it only `Acme`; now its canonical name is `Acme Holdings` and `Acme`
        // is an alias of it.
        let old = EntityID(canonicalName: "Acme Holdings Ltd")
        let entity = Entity(canonicalName: "Acme Holdings", kind: .organization, aliases: ["Acme Holdings Ltd"], mentions: [mention(first, "Acme Holdings")])
        let index = MentionIndex(entities: [entity], articleOrder: [first], mentions: MentionTable([(entity.id, [mention(first, "Acme Holdings")])]),
                                 marks: [old: EntityMarks(isStarred: true, name: "Acme plc")])
        #expect(index.entity(entity.id)?.canonicalName == "Acme plc")
        // A mark naming no entity's name stays apart and changes nothing.
        let unrelated = MentionIndex(entities: [entity], articleOrder: [first], mentions: MentionTable([(entity.id, [mention(first, "Acme Holdings")])]),
                                     marks: [EntityID(canonicalName: "Zenith"): EntityMarks(isHidden: true)])
        #expect(unrelated.entity(entity.id)?.canonicalName == "Acme Holdings")
    }
}
