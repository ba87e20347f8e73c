import Testing
@testable import DossierBench

@Suite struct ProcessMemoryTests {
    @Test func peakIsAtLeastCurrentResidentSize() {
        let current = ProcessMemory.residentBytes
        #expect(current > 0)
        #expect(ProcessMemory.peakResidentBytes >= current)
    }
}
