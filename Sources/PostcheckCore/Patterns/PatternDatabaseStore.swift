/// Where what start-up builds is kept between runs: compiled pattern
/// databases (compiling the PII patterns took about a quarter of a second,
/// loading them a few milliseconds) and the built offensive lexicon (a
/// tenth of a second to build). The core only asks; the command line keeps
/// them in a cache folder (`PatternCacheFolder`). A key names what the
/// bytes are (`patterns-…`, `offensive-lexicon-…`).
public protocol PatternDatabaseStore: Sendable {
  /// The bytes saved under `key`, if any. They may be stale or damaged:
  /// the reader checks them and builds afresh when they do not load.
  func load(key: String) -> [UInt8]?
  /// Keeps `bytes` under `key`; failing to is not an error.
  func save(_ bytes: [UInt8], key: String)
}

/// The key of a compiled database: what it was compiled from, by which
/// Vectorscan, for which processor. 64-bit FNV-1a, in hex.
struct PatternDatabaseKey {
  private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

  mutating func add<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
    for byte in bytes {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01B3
    }
    // A separator, so that ("ab", "c") and ("a", "bc") differ.
    hash ^= 0xFF
    hash &*= 0x0000_0100_0000_01B3
  }

  mutating func add(_ value: UInt64) {
    add((0..<8).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) })
  }

  var text: String {
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
