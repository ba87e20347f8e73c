import Testing
@testable import DossierBench

@Suite struct ProcessMemoryTests {
    @Test func touchingMemoryRaisesTheResidentAndPeakSizes() {
        let before = ProcessMemory.peakResidentBytes
        #expect(ProcessMemory.residentBytes > 0)
        let size = 64 << 20
        var block = [UInt8](repeating: 0, count: size)
        for index in stride(from: 0, to: size, by: 4096) { block[index] = 1 }
        #expect(ProcessMemory.residentBytes >= size / 2)
        #expect(ProcessMemory.peakResidentBytes >= max(before, size / 2))
        #expect(block.count == size)
    }
}
