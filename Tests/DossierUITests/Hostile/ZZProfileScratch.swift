import DossierCore
import DossierUI
import Foundation
import Testing

@Suite struct ZZProfileScratch {
    @Test func profileOne() throws {
        let env = ProcessInfo.processInfo.environment
        let pipeline = HostilePipeline(tagger: try EntityTagger.shipped())
        var cases: [HostileCase] = []
        if let wanted = env["HOSTILE_CASE"] { cases += HostileCorpus.cases.filter { $0.name.contains(wanted) } }
        if let kb = env["HOSTILE_WORDS_KB"].flatMap(Int.init) {
            cases.append(HostileCorpus.text("x", "\(kb) KB of words", "Headline\n\n" + String(repeating: "word ", count: kb * 1024 / 5) + "\n", .article()))
            cases.append(HostileCorpus.text("x", "\(kb) KB one word", "Headline\n\nWord" + String(repeating: "x", count: kb * 1024) + "\n", .article()))
            cases.append(HostileCorpus.text("x", "\(kb) KB of prose paragraphs", "Headline\n\n" + String(repeating: "The council met on Monday and Anna Lindqvist said the harbour works would start in May.\n\n", count: kb * 1024 / 90), .article()))
        }
        if let lines = env["HOSTILE_LINES"].flatMap(Int.init) {
            cases.append(HostileCorpus.text("x", "\(lines) short lines", "Headline\n\n" + String(repeating: "a line\n", count: lines), .article()))
            cases.append(HostileCorpus.text("x", "\(lines) prose lines", "Headline\n\n" + String(repeating: "The council met on Monday and said the works would start.\n", count: lines), .article()))
        }
        for testCase in cases {
            let outcome = pipeline.run(testCase)
            print("PROF \(testCase.name): open \(outcome.time) step \(outcome.slowestStep) +\(outcome.memoryGrowth / 1_048_576) MB \(outcome.failures.prefix(2))")
        }
    }
}
