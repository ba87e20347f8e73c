import DossierCore
import Foundation
import Testing

/// The hostile-input suite: every generated input goes the whole way through loading, tagging and rendering, one at
/// a time so that each one's time and memory are its own, and the suite prints what it survived.
@Suite struct HostileInputSuiteTests {
    @Test func everyHostileInputIsSurvived() throws {
        let cases = HostileCorpus.cases
        #expect(cases.count >= 200, "the issue asks for at least 200 inputs")
        let pipeline = HostilePipeline(tagger: try EntityTagger.shipped())
        var passed = 0, failed = 0
        var families: [String: (passed: Int, failed: Int, loads: Int, articles: Int, problems: Int)] = [:]
        var slowest: (Duration, String) = (.zero, ""), slowestStep: (Duration, String) = (.zero, ""), hungriest: (Int, String) = (0, "")
        var heavy: [String] = []
        let started = ContinuousClock.now
        for testCase in cases {
            let outcome = pipeline.run(testCase)
            var tally = families[testCase.family] ?? (0, 0, 0, 0, 0)
            if outcome.failures.isEmpty {
                passed += 1
                tally.passed += 1
            } else {
                failed += 1
                tally.failed += 1
                Issue.record("\(testCase): \(outcome.failures.joined(separator: "; "))")
            }
            tally.loads += outcome.loads
            tally.articles += outcome.articles
            tally.problems += outcome.problems
            families[testCase.family] = tally
            if outcome.isHeavy { heavy.append("\(testCase.name): open \(outcome.time), slowest step \(outcome.slowestStep)") }
            if outcome.time > slowest.0 { slowest = (outcome.time, testCase.description) }
            if outcome.slowestStep > slowestStep.0 { slowestStep = (outcome.slowestStep, testCase.description) }
            if outcome.memoryGrowth > hungriest.0 { hungriest = (outcome.memoryGrowth, testCase.description) }
        }
        let order = cases.map(\.family).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        for family in order {
            let tally = families[family]!
            print("hostile: \(family): \(tally.passed + tally.failed) inputs, \(tally.failed) failed, \(tally.loads) loads, "
                  + "\(tally.articles) articles loaded, \(tally.problems) problem entries")
        }
        print("hostile: slowest to open \(slowest.1) at \(slowest.0); slowest step \(slowestStep.1) at \(slowestStep.0); "
              + "most memory \(hungriest.1) at +\(hungriest.0 / 1_048_576) MB; whole suite \(ContinuousClock.now - started)")
        print("hostile: heavy inputs (time bound \(HostilePipeline.checksHeavyTime ? "checked" : "checked in release builds only")): "
              + heavy.joined(separator: "; "))
        print("hostile: \(passed) passed, \(failed) failed")
        #expect(failed == 0)
    }
}
