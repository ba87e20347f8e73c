@testable import DossierCore
import Foundation
import Testing

/// The one binary codec of the model file and the index's mention lists.
struct BinaryCodingTests {
    @Test func fixedWidthNumbersAreLittleEndian() throws {
        var writer = BinaryWriter()
        writer.write(UInt32(0x0403_0201))
        writer.write(Int16(-2))
        writer.write(array: [UInt8(7), 8])
        #expect(writer.bytes == [1, 2, 3, 4, 0xFE, 0xFF, 2, 0, 0, 0, 7, 8])
        var reader = BinaryReader(writer.data)
        #expect(try reader.read(UInt32.self) == 0x0403_0201)
        #expect(try reader.read(Int16.self) == -2)
        #expect(try reader.readArray(UInt8.self) == [7, 8])
        #expect(reader.isAtEnd)
    }

    @Test(arguments: [0, 1, -1, 63, -64, 64, 1 << 40, -(1 << 40), Int.max, Int.min])
    func varintsComeBackAsWritten(_ number: Int) throws {
        var writer = BinaryWriter()
        writer.write(signedVarint: number)
        writer.write(varint: UInt64(number.magnitude >> 1))
        writer.write(text: "Gdańsk \(number)")
        var reader = BinaryReader(writer.data)
        #expect(try reader.readSignedVarint() == number)
        #expect(try reader.readVarint() == Int(number.magnitude >> 1))
        #expect(try reader.readText() == "Gdańsk \(number)")
        #expect(reader.isAtEnd)
    }

    @Test func varintsTakeSevenBitsAByte() {
        var writer = BinaryWriter()
        for value: UInt64 in [0, 127, 128, 300] { writer.write(varint: value) }
        writer.write(signedVarint: -2)
        #expect(writer.bytes == [0, 0x7F, 0x80, 0x01, 0xAC, 0x02, 3])
    }

    @Test func readingPastTheEndOrAnOverlongVarintFails() {
        var short = BinaryReader(Data([1, 2, 3]))
        #expect(throws: BinaryReader.Failure.truncated) { try short.read(UInt32.self) }
        var cut = BinaryReader(Data([0x80]))
        #expect(throws: BinaryReader.Failure.truncated) { try cut.readVarint() }
        var text = BinaryReader(Data([5, 0x41]))
        #expect(throws: BinaryReader.Failure.truncated) { try text.readText() }
        var long = BinaryReader(Data(repeating: 0xFF, count: 11))
        #expect(throws: BinaryReader.Failure.self) { try long.readVarint() }
        var large = BinaryReader(Data([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]))
        #expect(throws: BinaryReader.Failure.self) { try large.readVarint() }
    }
}
