import PostcheckCore
import PostcheckTestSupport
import Testing

/// The eight-bytes-at-a-time tests must say what a byte-by-byte loop says.
@Suite struct ByteLanesTests {
  static func needsEscape(_ byte: UInt8) -> Bool { byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") }

  @Test func equalMarksExactlyTheLanesHoldingTheByte() {
    var generator = SplitMix64(seed: 5)
    for _ in 0..<20_000 {
      let word = generator.next()
      let byte = UInt8(truncatingIfNeeded: generator.next())
      // Plant the byte in some lanes, so matches are common.
      let planted = generator.next() % 2 == 0 ? (word & ~0xFF00) | UInt64(byte) << 8 : word
      var expected: UInt64 = 0
      for lane in 0..<8 where UInt8(truncatingIfNeeded: planted >> UInt64(lane * 8)) == byte {
        expected |= 0x80 << UInt64(lane * 8)
      }
      #expect(ByteLanes.equal(planted, byte) == expected)
    }
  }

  @Test func firstNeedingJSONEscapeAgreesWithAByteLoop() {
    // Bytes around each boundary that matters: controls, quote, backslash, DEL and high bytes.
    let alphabet: [UInt8] = [0x00, 0x09, 0x0A, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x61, 0x7F, 0x80, 0x9F, 0xA2, 0xDC, 0xFF]
    var generator = SplitMix64(seed: 11)
    for _ in 0..<5000 {
      let length = Int(generator.next() % 40)
      let bytes = (0..<length).map { _ in
        generator.next() % 3 == 0 ? alphabet[Int(generator.next() % UInt64(alphabet.count))] : UInt8(ascii: "a")
      }
      let start = length == 0 ? 0 : Int(generator.next() % UInt64(length + 1))
      let expected = bytes[start...].firstIndex(where: Self.needsEscape) ?? length
      bytes.withUnsafeBufferPointer { buffer in
        #expect(ByteLanes.firstNeedingJSONEscape(in: buffer, from: start) == expected, "\(bytes) from \(start)")
      }
    }
  }
}
