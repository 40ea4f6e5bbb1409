import CVectorscan

/// Runs a `PatternDatabase` over posts and gathers its hits into regions
/// per kind. Holds Vectorscan scratch space, so make one per thread.
public final class PatternScanner {
  public let patterns: PatternDatabase
  private let scratch: OpaquePointer?
  private let collector = HitCollector()

  public init(patterns: PatternDatabase) {
    self.patterns = patterns
    var scratch: OpaquePointer?
    // Allocation fails only when out of memory; scanning then finds nothing
    // rather than crashing a long batch run.
    if hs_alloc_scratch(patterns.database, &scratch) != HS_SUCCESS { scratch = nil }
    // One scratch serves both databases once grown for each.
    if let custom = patterns.customDatabase, scratch != nil, hs_alloc_scratch(custom, &scratch) != HS_SUCCESS {
      scratch = nil
    }
    self.scratch = scratch
  }

  deinit { if let scratch { hs_free_scratch(scratch) } }

  /// Empty regions to pass to `scan`, one array per kind.
  public static func emptyRegions() -> [[PatternRegion]] {
    [[PatternRegion]](repeating: [], count: PatternKind.allCases.count)
  }

  /// Fills `regions` (one array per kind, each sorted by start) with the
  /// candidate regions of `text`.
  public func scan(_ text: UnsafeBufferPointer<UInt8>, into regions: inout [[PatternRegion]]) {
    var matches: [CustomMatch] = []
    _ = scan(text, digits: Self.digitSpan(text), into: &regions, custom: &matches)
  }

  /// As `scan(_:into:)`, given the span from the first to the last digit
  /// that can belong to a candidate (nil: none can), and filling `matches`
  /// with the custom patterns' matches, leftmost-longest and not overlapping
  /// per pattern. Returns one bit per kind
  /// (`PatternKind.index`) that has regions.
  func scan(
    _ text: UnsafeBufferPointer<UInt8>, digits: Range<Int>?, into regions: inout [[PatternRegion]],
    custom matches: inout [CustomMatch]
  ) -> UInt32 {
    for index in regions.indices where !regions[index].isEmpty { regions[index].removeAll(keepingCapacity: true) }
    if !matches.isEmpty { matches.removeAll(keepingCapacity: true) }
    guard let base = text.baseAddress, let scratch else { return 0 }
    if let custom = patterns.customDatabase { scanCustom(custom, base, text.count, scratch, into: &matches) }
    // Every PII pattern needs a digit; many posts have none and skip the pass.
    guard let digits else { return 0 }
    let window = max(0, digits.lowerBound - Self.reachBeforeDigits)..<min(text.count, digits.upperBound + Self.reachAfterDigits)
    collector.hits.removeAll(keepingCapacity: true)
    collector.offset = Int32(window.lowerBound)
    collector.widths = patterns.maximumWidths
    let context = Unmanaged.passUnretained(collector).toOpaque()
    (base + window.lowerBound).withMemoryRebound(to: CChar.self, capacity: window.count) { bytes in
      _ = hs_scan(
        patterns.database, bytes, UInt32(window.count), 0, scratch,
        { id, _, to, _, context in
          guard let context else { return 1 }
          let collector = Unmanaged<HitCollector>.fromOpaque(context).takeUnretainedValue()
          // Vectorscan gives the end; the pattern's longest match bounds the start.
          let end = Int32(truncatingIfNeeded: to)
          let start = max(0, end - collector.widths[Int(id)])
          collector.hits.append(Hit(pattern: id, start: collector.offset + start, end: collector.offset + end))
          return 0
        }, context)
    }
    guard !collector.hits.isEmpty else { return 0 }
    collector.hits.sort { ($0.pattern, $0.start) < ($1.pattern, $1.start) }
    let hits = collector.hits
    var kinds: UInt32 = 0
    for hit in hits {
      let kind = patterns.kinds[Int(hit.pattern)]
      regions[kind.index].append(PatternRegion(kind: kind, start: Int(hit.start), end: Int(hit.end)))
      kinds |= 1 << UInt32(kind.index)
    }
    for index in regions.indices where regions[index].count > 1 {
      regions[index] = Self.merged(regions[index])
    }
    return kinds
  }

  /// The custom patterns' matches over the whole post (compiled with exact starts).
  private func scanCustom(
    _ database: OpaquePointer, _ base: UnsafePointer<UInt8>, _ count: Int, _ scratch: OpaquePointer,
    into matches: inout [CustomMatch]
  ) {
    collector.exact.removeAll(keepingCapacity: true)
    let context = Unmanaged.passUnretained(collector).toOpaque()
    base.withMemoryRebound(to: CChar.self, capacity: count) { bytes in
      _ = hs_scan(
        database, bytes, UInt32(count), 0, scratch,
        { id, from, to, _, context in
          guard let context else { return 1 }
          let collector = Unmanaged<HitCollector>.fromOpaque(context).takeUnretainedValue()
          collector.exact.append(
            Hit(pattern: id, start: Int32(truncatingIfNeeded: from), end: Int32(truncatingIfNeeded: to)))
          return 0
        }, context)
    }
    if !collector.exact.isEmpty { Self.leftmostLongest(collector.exact, into: &matches) }
  }

  /// Vectorscan reports every end of a match (`\d+` ends after each
  /// digit); a reader wants each match once, whole: per pattern, the
  /// leftmost start with its farthest end, then the next one after it.
  private static func leftmostLongest(_ hits: [Hit], into matches: inout [CustomMatch]) {
    let sorted = hits.sorted { ($0.pattern, $0.start, $1.end) < ($1.pattern, $1.start, $0.end) }
    var last: Hit?
    for hit in sorted {
      if let last, last.pattern == hit.pattern, hit.start < last.end { continue }
      matches.append(CustomMatch(pattern: Int(hit.pattern), start: Int(hit.start), end: Int(hit.end)))
      last = hit
    }
    matches.sort { ($0.start, $0.end, $0.pattern) < ($1.start, $1.end, $1.pattern) }
  }

  /// Unions overlapping regions (hits of several patterns of one kind, and
  /// Vectorscan's one hit per match end).
  private static func merged(_ regions: [PatternRegion]) -> [PatternRegion] {
    let sorted = regions.sorted { $0.start < $1.start }
    var result: [PatternRegion] = []
    result.reserveCapacity(sorted.count)
    for region in sorted {
      if let last = result.last, region.start < last.end {
        result[result.count - 1].end = max(last.end, region.end)
      } else {
        result.append(region)
      }
    }
    return result
  }

  /// How far a pattern reaches before its first digit (`September 3`,
  /// `GB82`, `IL 62704`) and after its last (`3 Mill Lane`, `2AB`, `of September`).
  static let reachBeforeDigits = 24
  static let reachAfterDigits = 96

  /// From the first digit of `text` to just after the last; nil without digits.
  static func digitSpan(_ text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    guard let first = text.firstIndex(where: { $0 &- 0x30 < 10 }),
      let last = text.lastIndex(where: { $0 &- 0x30 < 10 })
    else { return nil }
    return first..<last + 1
  }
}

private struct Hit {
  var pattern: UInt32
  var start: Int32
  var end: Int32
}

private final class HitCollector {
  var hits: [Hit] = []
  /// Where the scanned window starts in the post.
  var offset: Int32 = 0
  /// The longest match of each pattern.
  var widths: [Int32] = []
  /// Custom patterns' matches, with exact starts.
  var exact: [Hit] = []
}
