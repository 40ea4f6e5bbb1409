/// Policy patterns flattened for matching: elements are plain values in one
/// array and literal words live in one byte pool, so matching a pattern
/// copies no array and retains nothing (nested arrays cost a retain and a
/// release per element tried, which made the pass several times slower).
final class PolicyPatternTable: Sendable {
  struct Element: Sendable {
    enum Kind: UInt8, Sendable { case word, member, name, any, gap }
    var kind: Kind
    var optional: Bool
    /// A word's offset in the pool, a class's index, or a gap's longest run.
    var value: Int32
    /// A word's length in bytes.
    var count: Int32
    /// A word's fingerprint (`WordPrefilter`), compared with a plain token's before its bytes.
    var print: UInt64 = 0
  }

  let elements: [Element]
  /// Pattern `p`'s elements are `elements[starts[p] ..< starts[p + 1]]`.
  let starts: [Int32]
  /// The lexicon entry each pattern stands for.
  let entries: [Int32]
  /// Per pattern, a required word after the first element and the token
  /// offsets it can be at (`{learner} ** added me on`: `added`, 1…4): a
  /// pattern whose anchor is nowhere there cannot match, which is checked
  /// on the post's fingerprints before trying it (patterns that start with
  /// a common class word are tried at every such word).
  let anchors: [Anchor]

  struct Anchor: Sendable {
    var print: UInt64
    var nearest: Int32
    var farthest: Int32
    static let none = Anchor(print: 0, nearest: 0, farthest: -1)
  }

  /// Per pattern, its last required word or class within reach, and the
  /// token offsets it can be at: a second test before trying the pattern,
  /// for patterns whose first required word is a common one
  /// (`{Name} is ** {accusation}`: any member of `{accusation}`, 2…5).
  let lastAnchors: [LastAnchor]

  struct LastAnchor: Sendable {
    /// A word's fingerprint, or a class's index (`isClass`).
    var value: UInt64
    var isClass: Bool
    var nearest: Int32
    var farthest: Int32
    static let none = LastAnchor(value: 0, isClass: false, nearest: 0, farthest: -1)
  }
  // Written once in init, only read after: safe to share.
  nonisolated(unsafe) private let pool: UnsafeMutablePointer<UInt8>

  init(_ patterns: [PolicyPattern]) {
    var elements: [Element] = []
    var starts: [Int32] = [0]
    var bytes: [UInt8] = []
    for pattern in patterns {
      for (element, optional) in zip(pattern.elements, pattern.optional) {
        switch element {
        case .word(let word):
          elements.append(
            Element(
              kind: .word, optional: optional, value: Int32(bytes.count), count: Int32(word.count),
              print: WordPrefilter.fingerprint(word)))
          bytes += word
        case .member(let index): elements.append(Element(kind: .member, optional: optional, value: Int32(index), count: 0))
        case .name: elements.append(Element(kind: .name, optional: optional, value: 0, count: 0))
        case .any: elements.append(Element(kind: .any, optional: optional, value: 0, count: 0))
        case .gap(let most): elements.append(Element(kind: .gap, optional: false, value: Int32(most), count: 0))
        }
      }
      starts.append(Int32(elements.count))
    }
    self.elements = elements
    self.starts = starts
    entries = patterns.map { Int32($0.entry) }
    anchors = patterns.map(Self.anchor)
    // A last anchor that is the first anchor again would be tested twice.
    lastAnchors = zip(anchors, patterns.map(Self.lastAnchor)).map { first, last in
      !last.isClass && last.value == first.print && last.nearest == first.nearest && last.farthest == first.farthest
        ? .none : last
    }
    pool = .allocate(capacity: max(bytes.count, 1))
    pool.initialize(from: bytes, count: bytes.count)
  }

  deinit { pool.deallocate() }

  /// The elements after the first, each with the token offsets from the
  /// first element it can be at (gaps and optional elements widen them).
  private static func offsets(
    of pattern: PolicyPattern
  ) -> [(element: PolicyPattern.Element, optional: Bool, nearest: Int, farthest: Int)] {
    var nearest = 1
    var farthest = 1
    var result: [(element: PolicyPattern.Element, optional: Bool, nearest: Int, farthest: Int)] = []
    for (element, optional) in zip(pattern.elements, pattern.optional).dropFirst() {
      result.append((element, optional, nearest, farthest))
      if case .gap(let most) = element {
        farthest += most
      } else {
        if !optional { nearest += 1 }
        farthest += 1
      }
    }
    return result
  }

  /// The first required word after the first element, if one comes within a few tokens.
  private static func anchor(of pattern: PolicyPattern) -> Anchor {
    for place in offsets(of: pattern) {
      guard case .word(let word) = place.element, !place.optional else { continue }
      guard place.farthest <= 8 else { return .none }
      return Anchor(print: WordPrefilter.fingerprint(word), nearest: Int32(place.nearest), farthest: Int32(place.farthest))
    }
    return .none
  }

  /// The farthest offset a last anchor is looked for at.
  static let lastAnchorReach = 16

  /// The last required word or class after the first element within
  /// `lastAnchorReach` (a class of single words: one with phrase members
  /// was expanded into variants).
  private static func lastAnchor(of pattern: PolicyPattern) -> LastAnchor {
    var found = LastAnchor.none
    for place in offsets(of: pattern) where !place.optional && place.farthest <= lastAnchorReach {
      let (nearest, farthest) = (Int32(place.nearest), Int32(place.farthest))
      switch place.element {
      case .word(let word):
        found = LastAnchor(value: WordPrefilter.fingerprint(word), isClass: false, nearest: nearest, farthest: farthest)
      case .member(let index):
        found = LastAnchor(value: UInt64(index), isClass: true, nearest: nearest, farthest: farthest)
      default: continue
      }
    }
    return found
  }

  var count: Int { entries.count }

  @inline(__always)
  func elementRange(_ pattern: Int) -> Range<Int> { Int(starts[pattern])..<Int(starts[pattern + 1]) }

  /// A word element's bytes.
  @inline(__always)
  func word(_ element: Element) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: pool + Int(element.value), count: Int(element.count))
  }
}
