/// Phrases by the chained fingerprints of their words, for the fast path of
/// plain words: a run of plain words is read by extending one 64-bit chain
/// (`WordPrefilter.pair` of the chain so far and the next word's print, the
/// prints the tokenizer recorded) and probing a filter at each word, so a
/// first word shared by a thousand phrases (`you`) costs one probe per word
/// read after it, not one test per phrase.
///
/// `prefixes` holds every chain that some longer phrase goes on from; a
/// chain outside it ends the reading. `complete` holds every whole phrase's
/// chain (salted), and `table` gives the phrases with that chain, which the
/// matcher still compares word by word. A phrase whose words have several
/// forms (`a$$` and `ass`) is entered under every combination of them.
struct PhraseChains: Sendable {
  let prefixes: WordPrefilter
  let complete: WordPrefilter
  let table: PrintTable
  /// Bucket `b` holds phrase ids `members[starts[b] ..< starts[b + 1]]`, in increasing order.
  let members: [Int32]
  let starts: [Int32]

  private static let completeSalt: UInt64 = 0x6A09_E667_F3BC_C909

  /// Phrase `p`'s words are distinct words `wordIDs[phraseStarts[p] ..< phraseStarts[p + 1]]`,
  /// whose forms have the fingerprints `formPrints[id]`.
  init(phraseStarts: [Int32], wordIDs: [Int32], formPrints: [[UInt64]]) {
    var prefixKeys: [UInt64] = []
    var bucketOfChain: [UInt64: Int] = [:]
    var buckets: [[Int32]] = []
    var chains: [UInt64] = []
    for id in 0..<max(phraseStarts.count - 1, 0) {
      let start = Int(phraseStarts[id])
      let end = Int(phraseStarts[id + 1])
      guard end > start else { continue }
      // Nearly every phrase has one form per word, so one chain: read without arrays.
      if (start..<end).allSatisfy({ formPrints[Int(wordIDs[$0])].count == 1 }) {
        var chain = formPrints[Int(wordIDs[start])][0]
        for position in start + 1..<end {
          chain = WordPrefilter.pair(chain, formPrints[Int(wordIDs[position])][0])
          if position < end - 1 { prefixKeys.append(chain) }
        }
        Self.add(Int32(id), chain: chain, to: &buckets, bucketOfChain: &bucketOfChain)
        continue
      }
      chains = formPrints[Int(wordIDs[start])]
      for position in start + 1..<end {
        let prints = formPrints[Int(wordIDs[position])]
        chains = prints.count == 1
          ? chains.map { WordPrefilter.pair($0, prints[0]) }
          : chains.flatMap { chain in prints.map { WordPrefilter.pair(chain, $0) } }
        if position < end - 1 { prefixKeys += chains }
      }
      for (index, chain) in chains.enumerated() where !chains[..<index].contains(chain) {
        Self.add(Int32(id), chain: chain, to: &buckets, bucketOfChain: &bucketOfChain)
      }
    }
    // A first word's own chain (its print) is in the index's `firstWords`, which every plain start is tested at.
    prefixes = WordPrefilter(keys: prefixKeys)
    complete = WordPrefilter(keys: bucketOfChain.keys.map(Self.completeKey))
    table = PrintTable(bucketOfChain.map { ($0.key, Int32($0.value)) })
    (members, starts) = PhraseIndex.flatten(buckets)
  }

  private static func add(
    _ phrase: Int32, chain: UInt64, to buckets: inout [[Int32]], bucketOfChain: inout [UInt64: Int]
  ) {
    let bucket = bucketOfChain[chain] ?? buckets.count
    if bucket == buckets.count {
      bucketOfChain[chain] = bucket
      buckets.append([])
    }
    buckets[bucket].append(phrase)
  }

  func deallocate() {
    prefixes.deallocate()
    complete.deallocate()
    table.deallocate()
  }

  /// Writes the chains for `init(decoding:)`.
  func encode(into writer: inout CacheWriter) {
    prefixes.encode(into: &writer)
    complete.encode(into: &writer)
    table.encode(into: &writer)
    writer.write(members)
    writer.write(starts)
  }

  /// The chains `encode(into:)` wrote.
  init(decoding reader: inout CacheReader) throws(CacheReader.Damaged) {
    prefixes = try WordPrefilter(decoding: &reader)
    complete = try WordPrefilter(decoding: &reader)
    table = try PrintTable(decoding: &reader)
    members = try reader.readArray()
    starts = try reader.readArray()
  }

  /// The key under which a whole phrase's chain is in `complete`.
  @inline(__always)
  static func completeKey(_ chain: UInt64) -> UInt64 { WordPrefilter.derived(chain, salt: completeSalt) }

  /// The phrases whose words' chain is `chain`; empty when none.
  @inline(__always)
  func phrases(withChain chain: UInt64) -> ArraySlice<Int32> {
    guard let bucket = table.value(for: chain) else { return [] }
    return members[Int(starts[Int(bucket)])..<Int(starts[Int(bucket) + 1])]
  }
}
