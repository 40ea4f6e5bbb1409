import CVectorscan

/// Runs a `PatternDatabase` over posts and gathers its hits into regions
/// per kind. Holds Vectorscan scratch space, so make one per thread.
final class PatternScanner {
  let patterns: PatternDatabase
  private let scratch: OpaquePointer?
  private let collector = HitCollector()

  init(patterns: PatternDatabase) {
    self.patterns = patterns
    var scratch: OpaquePointer?
    // Allocation fails only when out of memory; scanning then finds nothing
    // rather than crashing a long batch run.
    if hs_alloc_scratch(patterns.database, &scratch) != HS_SUCCESS { scratch = nil }
    self.scratch = scratch
  }

  deinit { if let scratch { hs_free_scratch(scratch) } }

  /// Fills `regions` (one array per kind, each sorted by start) with the
  /// candidate regions of `text`.
  func scan(_ text: UnsafeBufferPointer<UInt8>, into regions: inout [[PatternRegion]]) {
    for index in regions.indices { regions[index].removeAll(keepingCapacity: true) }
    // Every pattern needs a digit; most posts have none and skip the pass.
    guard let base = text.baseAddress, let scratch, Self.containsDigit(text) else { return }
    collector.hits.removeAll(keepingCapacity: true)
    let context = Unmanaged.passUnretained(collector).toOpaque()
    base.withMemoryRebound(to: CChar.self, capacity: text.count) { bytes in
      _ = hs_scan(
        patterns.database, bytes, UInt32(text.count), 0, scratch,
        { id, from, to, _, context in
          guard let context else { return 1 }
          Unmanaged<HitCollector>.fromOpaque(context).takeUnretainedValue().hits.append(
            Hit(pattern: id, start: Int32(truncatingIfNeeded: from), end: Int32(truncatingIfNeeded: to)))
          return 0
        }, context)
    }
    let hits = collector.hits.sorted { ($0.pattern, $0.start) < ($1.pattern, $1.start) }
    for hit in hits {
      let kind = patterns.kinds[Int(hit.pattern)]
      let start = Int(hit.start)
      let end = Int(hit.end)
      regions[kind.index].append(PatternRegion(kind: kind, start: start, end: end))
    }
    for index in regions.indices where regions[index].count > 1 {
      regions[index] = Self.merged(regions[index])
    }
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

  private static func containsDigit(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    for byte in text where byte &- 0x30 < 10 { return true }
    return false
  }
}

private struct Hit {
  var pattern: UInt32
  var start: Int32
  var end: Int32
}

private final class HitCollector {
  var hits: [Hit] = []
}
