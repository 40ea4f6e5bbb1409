/// A detector looks at one analysed post and reports findings.
///
/// Detectors are immutable `Sendable` values built once from lexicons and
/// shared by every thread; per-post state lives in the `PostAnalysis` they
/// are handed. They append to `findings` rather than return arrays, so a post
/// with nothing to report costs no allocation.
public protocol Detector: Sendable {
  /// The rules whose findings this detector makes.
  var rules: [Rule] { get }
  func detect(in post: PostAnalysis, into findings: inout [Finding])
}

/// A post as the detectors see it: the original bytes and their tokens.
/// Reused from post to post by its `Screener`.
public final class PostAnalysis {
  /// The post's UTF-8 text, valid during `detect`.
  public private(set) var text: UnsafeBufferPointer<UInt8>
  public let tokens = TokenBuffer()

  init() { text = UnsafeBufferPointer(start: nil, count: 0) }

  func reset(text: UnsafeBufferPointer<UInt8>) { self.text = text }

  /// Whether the bytes between two offsets end a sentence (`.`, `!`, `?`, a line break).
  public func crossesSentence(from start: Int, to end: Int) -> Bool {
    guard start < end else { return false }
    for index in start..<end {
      switch text[index] {
      case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\n"): return true
      default: continue
      }
    }
    return false
  }
}
