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
  /// Candidate regions found by the PII patterns, one array per kind.
  var patternRegions = [[PatternRegion]](repeating: [], count: PatternKind.allCases.count)

  init() { text = UnsafeBufferPointer(start: nil, count: 0) }

  /// Where the PII patterns matched candidates of `kind`, in text order.
  public func regions(_ kind: PatternKind) -> [PatternRegion] { patternRegions[kind.index] }

  /// Whether `start..<end` lies inside a URL, e-mail address, handle or
  /// hashtag: digits there are part of the link or name, not PII of their own.
  public func isInsideSpecialToken(_ start: Int, _ end: Int) -> Bool {
    guard let indices = tokenIndices(overlapping: start, end) else { return false }
    for index in indices {
      switch tokens.tokens[index].kind {
      case .url, .email, .mention, .hashtag: return true
      default: continue
      }
    }
    return false
  }

  /// The tokens overlapping the byte range `start..<end`, as indices
  /// `first...last`; nil when none does.
  public func tokenIndices(overlapping start: Int, _ end: Int) -> ClosedRange<Int>? {
    let tokens = self.tokens.tokens
    var low = 0
    var high = tokens.count
    while low < high {
      let middle = (low + high) / 2
      if tokens[middle].end <= start { low = middle + 1 } else { high = middle }
    }
    guard low < tokens.count, tokens[low].start < end else { return nil }
    var last = low
    while last + 1 < tokens.count && tokens[last + 1].start < end { last += 1 }
    return low...last
  }

  func reset(text: UnsafeBufferPointer<UInt8>) { self.text = text }

  /// Whether the bytes between two offsets end a sentence (`!`, `?`, a line
  /// break, or a full stop not followed by a number: `acc no. 55779911` and
  /// `tel. 0113 496 0123` stay one sentence).
  public func crossesSentence(from start: Int, to end: Int) -> Bool {
    guard start < end else { return false }
    for index in start..<end {
      switch text[index] {
      case UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\n"): return true
      case UInt8(ascii: "."):
        var next = index + 1
        while next < text.count && text[next] == UInt8(ascii: " ") { next += 1 }
        if next < text.count && (text[next] &- 0x30 < 10 || text[next] == UInt8(ascii: "+")) { continue }
        return true
      default: continue
      }
    }
    return false
  }
}
