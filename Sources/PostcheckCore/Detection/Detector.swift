/// A detector looks at one analysed post and reports findings.
///
/// Detectors are immutable `Sendable` values built once from lexicons and
/// shared by every thread; per-post state lives in the `PostAnalysis` they
/// are handed. They append to `findings` rather than return arrays, so a post
/// with nothing to report costs no allocation.
public protocol Detector: Sendable {
  /// The rules whose findings this detector makes.
  var rules: [Rule] { get }
  /// Whether it reads the PII pattern pass's regions: when no detector in a
  /// configuration does, the pass is not run.
  var readsPatternRegions: Bool { get }
  /// Whether it reads `PostAnalysis.prints`: when one does, the tokenizer
  /// records them as it goes rather than in a pass of their own.
  var readsTokenPrints: Bool { get }
  func detect(in post: PostAnalysis, into findings: inout [Finding])
}

extension Detector {
  public var readsPatternRegions: Bool { false }
  public var readsTokenPrints: Bool { false }
}

/// A post as the detectors see it: the original bytes and their tokens.
/// Reused from post to post by its `Screener`.
public final class PostAnalysis {
  /// The post's UTF-8 text, valid during `detect`.
  @exclusivity(unchecked) public private(set) var text: UnsafeBufferPointer<UInt8>
  public let tokens = TokenBuffer()
  /// Candidate regions found by the PII patterns, one array per kind.
  @exclusivity(unchecked) var patternRegions = [[PatternRegion]](repeating: [], count: PatternKind.allCases.count)

  init() { text = UnsafeBufferPointer(start: nil, count: 0) }

  /// Where the policy file's own patterns matched, in text order.
  @exclusivity(unchecked) public internal(set) var customMatches: [CustomMatch] = []

  /// One bit per `PatternKind` with at least one region.
  @exclusivity(unchecked) var regionKinds: UInt32 = 0

  /// Where the PII patterns matched candidates of `kind`, in text order.
  public func regions(_ kind: PatternKind) -> [PatternRegion] { patternRegions[kind.index] }

  /// Whether the patterns found any candidate of `kind`: the cheap test
  /// detectors make first, as most posts have none.
  @inline(__always)
  public func hasRegions(_ kind: PatternKind) -> Bool { regionKinds & (1 << UInt32(kind.index)) != 0 }

  /// From the first to the last digit outside URLs, addresses, handles and
  /// hashtags: where PII candidates can be (digits in `@late_58` or a link
  /// never are). Nil when there is none.
  func candidateDigitSpan() -> Range<Int>? {
    guard tokens.containsDigits else { return nil }
    // A local copy: reading the stored property per byte costs an access check each time.
    let text = self.text
    var from = 0
    var first: Int?
    while let digit = Self.firstDigit(text, from: from) {
      guard let special = specialToken(at: digit) else {
        first = digit
        break
      }
      from = special.upperBound
    }
    guard let first else { return nil }
    var last = text.count - 1
    while let digit = Self.lastDigit(text, through: last), digit > first {
      guard let special = specialToken(at: digit) else { return first..<digit + 1 }
      last = special.lowerBound - 1
    }
    return first..<first + 1
  }

  /// Whether any of the eight bytes of `word` is an ASCII digit.
  @inline(__always)
  private static func holdsDigit(_ word: UInt64) -> Bool {
    // XOR with 0x30 maps digits to 0…9 and no other byte there; then the
    // classic has-byte-less-than-10 test.
    let ones: UInt64 = 0x0101_0101_0101_0101
    let shifted = word ^ (ones &* 0x30)
    return (shifted &- ones &* 10) & ~shifted & (ones &* 0x80) != 0
  }

  /// The last ASCII digit at or before `through`, eight bytes at a time.
  private static func lastDigit(_ text: UnsafeBufferPointer<UInt8>, through: Int) -> Int? {
    guard let base = text.baseAddress else { return nil }
    var index = through
    while index >= 7 {
      if holdsDigit(UnsafeRawPointer(base + index - 7).loadUnaligned(as: UInt64.self)) { break }
      index -= 8
    }
    while index >= 0 {
      if text[index] &- 0x30 < 10 { return index }
      index -= 1
    }
    return nil
  }

  /// The first ASCII digit at or after `from`, eight bytes at a time.
  private static func firstDigit(_ text: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
    guard let base = text.baseAddress else { return nil }
    var index = from
    while index + 8 <= text.count {
      if holdsDigit(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) { break }
      index += 8
    }
    while index < text.count {
      if text[index] &- 0x30 < 10 { return index }
      index += 1
    }
    return nil
  }

  /// The span of the URL, address, handle or hashtag holding byte `index`, if one does.
  private func specialToken(at index: Int) -> Range<Int>? {
    guard let indices = tokenIndices(overlapping: index, index + 1) else { return nil }
    let token = tokens.tokens[indices.lowerBound]
    switch token.kind {
    case .url, .email, .mention, .hashtag: return token.start..<token.end
    default: return nil
    }
  }

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

  func reset(text: UnsafeBufferPointer<UInt8>) {
    self.text = text
    printsComputed = false
  }

  /// The offensive detector's working storage, reused from post to post.
  let offensiveScratch = OffensiveScratch()

  @exclusivity(unchecked) private var states: [ObjectIdentifier: AnyObject] = [:]

  /// A detector's scratch state of type `State` for this screener, made on
  /// first use: detectors are shared between threads, screeners are not, so
  /// a cache kept here needs no lock.
  public func state<State: AnyObject>(_ type: State.Type, make: () -> State) -> State {
    if let existing = states[ObjectIdentifier(type)] as? State { return existing }
    let made = make()
    states[ObjectIdentifier(type)] = made
    return made
  }

  @exclusivity(unchecked) private var printsComputed = false

  /// The tokens' word fingerprints: recorded by the tokenizer when a
  /// detector said it reads them, else computed on first use for this post.
  public var prints: TokenPrints {
    if !tokens.printsRecorded && !printsComputed {
      tokens.prints.compute(tokens.tokens, tokens.arena)
      printsComputed = true
    }
    return tokens.prints
  }

  /// Whether the bytes between two offsets end a sentence (`!`, `?`, a line
  /// break not after a colon, or a full stop not followed by a number: `acc no. 55779911` and
  /// `tel. 0113 496 0123` stay one sentence).
  public func crossesSentence(from start: Int, to end: Int) -> Bool {
    guard start < end else { return false }
    for index in start..<end {
      switch text[index] {
      case UInt8(ascii: "!"), UInt8(ascii: "?"): return true
      case UInt8(ascii: "\n"):
        // A line break after a colon introduces what follows (`My address:\n12 Mill Lane…`).
        var previous = index
        while previous > start && (text[previous - 1] == UInt8(ascii: " ") || text[previous - 1] == UInt8(ascii: "\r")) {
          previous -= 1
        }
        if previous > 0 && text[previous - 1] == UInt8(ascii: ":") { continue }
        return true
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
