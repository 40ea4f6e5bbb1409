import PostcheckCore
import Testing

@Suite struct UTF8ValidationTests {
  func check(_ bytes: [UInt8]) -> Int? { bytes.withUnsafeBufferPointer { validateUTF8($0)?.byteOffset } }

  @Test func acceptsValidText() {
    #expect(check(Array("plain ascii that is longer than eight bytes".utf8)) == nil)
    #expect(check(Array("é 👍🏽 日本 \u{10FFFF}".utf8)) == nil)
    #expect(check([]) == nil)
  }

  @Test func rejectsMalformedSequencesAtTheirOffset() {
    #expect(check([0x61, 0x62, 0xFF]) == 2)
    #expect(check(Array("abcdefghij".utf8) + [0xC3]) == 10)  // truncated
    #expect(check([0xC0, 0xAF]) == 0)  // overlong
    #expect(check([0xED, 0xA0, 0x80]) == 0)  // surrogate
    #expect(check([0xF4, 0x90, 0x80, 0x80]) == 0)  // above U+10FFFF
    #expect(check([0x61, 0x80]) == 1)  // stray continuation
    #expect(check([0xE2, 0x82, 0x41]) == 0)  // bad third byte
  }
}
