@testable import PostcheckCore
import PostcheckTestSupport
import Testing

/// The plain-word gate must never refuse a key it holds, and should let few others through.
@Suite struct WordBitmapTests {
  @Test(arguments: [1, 100, 3_000, 10_000])
  func holdsEveryKeyAndFewOthers(keyCount: Int) {
    var generator = SplitMix64(seed: UInt64(keyCount))
    let keys = (0..<keyCount).map { _ in WordPrefilter.fingerprint(Self.word(&generator)) }
    let bitmap = WordBitmap(keys: keys)
    defer { bitmap.deallocate() }
    #expect(keys.allSatisfy(bitmap.contains))
    let others = (0..<20_000).map { _ in WordPrefilter.fingerprint(Self.word(&generator)) }
    let passed = others.filter(bitmap.contains).count
    // 64 bits a key: about 1.5% (more when capped at 32 KiB).
    #expect(Double(passed) / Double(others.count) < (keyCount > 4096 ? 0.1 : 0.03), "\(passed) of \(others.count)")
  }

  static func word(_ generator: inout SplitMix64) -> [UInt8] {
    // Six letters and more: random shorter words would often be the same word.
    (0..<6 + Int(generator.next() % 8)).map { _ in UInt8(ascii: "a") + UInt8(generator.next() % 26) }
  }
}
