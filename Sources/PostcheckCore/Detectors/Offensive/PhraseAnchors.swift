/// Where the matcher starts reading phrases: each phrase is waited for at
/// its least common word, its anchor, and read from its first word once
/// that word is seen. Phrases start with the commonest words of English
/// (`you`, `the`, `what`, `go`); a gate on first words let a quarter of a
/// post's words through, each a branch the processor could not predict.
/// Anchors (`disgrace` in `you are a disgrace`) are rare in innocent posts.
///
/// `offsets` maps every comparison print of an anchor word
/// (`WordMask.comparisonPrints`: its forms, squeezed, skeleton and masked
/// keys) to the positions it anchors phrases at, one bit per position: a
/// post token at `index` whose prints are found there may end the first
/// `k` words of a phrase starting at `index - k`.
///
/// A struct over raw storage, retaining nothing; its owner calls `deallocate()` once.
struct PhraseAnchors: Sendable {
  /// The anchor words' forms alone: the gate every plain word of a post is tested at.
  let forms: WordBitmap
  /// Every comparison print of every anchor word: what a disguised word's prints are tested at.
  let prints: WordPrefilter
  /// Comparison print → positions anchored, as bits (bit `k`: the phrase's word `k`).
  let offsets: PrintTable

  /// The most words before an anchor: positions past it are not kept.
  static let farthest = 30

  /// Phrase `p`'s words are distinct words `wordIDs[phraseStarts[p] ..< phraseStarts[p + 1]]`;
  /// word `id` has the comparison prints `comparisonPrints[id]`, whose first
  /// `formCounts[id]` are its forms', and is the `commonness[id]`-th
  /// commonest word (`Int32.max`: not a common word).
  init(phraseStarts: [Int32], wordIDs: [Int32], comparisonPrints: [[UInt64]], formCounts: [Int], commonness: [Int32]) {
    var positionsOfWord: [Int32: Int32] = [:]
    for phrase in 0..<max(phraseStarts.count - 1, 0) {
      let start = Int(phraseStarts[phrase])
      let end = min(Int(phraseStarts[phrase + 1]), start + Self.farthest + 1)
      guard end > start else { continue }
      var anchor = start
      for position in start..<end where commonness[Int(wordIDs[position])] >= commonness[Int(wordIDs[anchor])] {
        anchor = position
      }
      positionsOfWord[wordIDs[anchor], default: 0] |= 1 << Int32(anchor - start)
    }
    var formPrints: [UInt64] = []
    var positionsOfPrint: [UInt64: Int32] = [:]
    for (word, positions) in positionsOfWord {
      let prints = comparisonPrints[Int(word)]
      formPrints += prints.prefix(formCounts[Int(word)])
      for print in prints { positionsOfPrint[print, default: 0] |= positions }
    }
    forms = WordBitmap(keys: formPrints)
    self.prints = WordPrefilter(keys: Array(positionsOfPrint.keys))
    // In print order: the same lexicon then writes the same bytes.
    offsets = PrintTable(positionsOfPrint.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
  }

  func deallocate() {
    forms.deallocate()
    prints.deallocate()
    offsets.deallocate()
  }

  /// Writes the anchors for `init(decoding:)`.
  func encode(into writer: inout CacheWriter) {
    forms.encode(into: &writer)
    prints.encode(into: &writer)
    offsets.encode(into: &writer)
  }

  /// The anchors `encode(into:)` wrote.
  init(decoding reader: inout CacheReader) throws(CacheReader.Damaged) {
    forms = try WordBitmap(decoding: &reader)
    prints = try WordPrefilter(decoding: &reader)
    offsets = try PrintTable(decoding: &reader)
  }

  /// The positions a comparison print anchors (none: 0).
  @inline(__always)
  func positions(of print: UInt64) -> UInt32 {
    guard self.prints.contains(print), let positions = offsets.value(for: print) else { return 0 }
    return UInt32(truncatingIfNeeded: positions)
  }
}
