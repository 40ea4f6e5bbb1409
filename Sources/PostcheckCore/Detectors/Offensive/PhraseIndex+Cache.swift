/// A phrase index as bytes, for the offensive lexicon's cache: building the
/// index from its 40,000 phrases is most of a draft's start-up, reading it
/// back a copy of its arrays.
extension PhraseIndex {
  /// Writes the index in the order `init(decoding:)` reads it.
  func encode(into writer: inout CacheWriter) {
    writer.write(matchesDisguises)
    writer.write(phraseCount)
    writer.write(longestPhrase)
    writer.write(phraseStarts)
    // Each distinct word once, then the phrases' words as ids: a template's
    // words repeat in thousands of phrases (the file was twice the size).
    var idOfWord: [Int32: Int32] = [:]
    var distinctWords: [StoredWord] = []
    var distinctMasks: [UInt64] = []
    let wordIDs = words.indices.map { position in
      let word = words[position]
      if let id = idOfWord[word.firstForm], distinctWords[Int(id)] == word { return id }
      let id = Int32(distinctWords.count)
      idOfWord[word.firstForm] = id
      distinctWords.append(word)
      distinctMasks.append(wordMasks[position])
      return id
    }
    writer.write(distinctWords)
    writer.write(distinctMasks)
    writer.write(wordIDs)
    writer.write(forms)
    writer.write(UnsafeBufferPointer(start: pool, count: poolCount))
    writer.write(poolCount)
    writer.write(bucketMembers)
    writer.write(bucketStarts)
    for table in [plain, singles, pairs, squeezed, skeletons] { table.encode(into: &writer) }
    Self.encode(maskedSingles, into: &writer)
    Self.encode(maskedFirstWords, into: &writer)
    anyWord.encode(into: &writer)
    prefilter.encode(into: &writer)
    firstWords.encode(into: &writer)
    anchors.encode(into: &writer)
    continuations.encode(into: &writer)
    chains.encode(into: &writer)
  }

  /// In key order: a dictionary's own order differs between two with the same contents.
  private static func encode(_ buckets: [Int: Int32], into writer: inout CacheWriter) {
    let sorted = buckets.sorted { $0.key < $1.key }
    writer.write(sorted.map(\.key))
    writer.write(sorted.map(\.value))
  }

  /// The phrases' words and their masks, from the distinct words and the ids `encode(into:)` wrote.
  static func decodeWords(_ reader: inout CacheReader) throws(CacheReader.Damaged) -> ([StoredWord], [UInt64]) {
    let distinctWords: [StoredWord] = try reader.readArray()
    let distinctMasks: [UInt64] = try reader.readArray()
    let wordIDs: [Int32] = try reader.readArray()
    guard distinctMasks.count == distinctWords.count,
      wordIDs.allSatisfy({ $0 >= 0 && Int($0) < distinctWords.count })
    else { throw CacheReader.Damaged() }
    return (wordIDs.map { distinctWords[Int($0)] }, wordIDs.map { distinctMasks[Int($0)] })
  }

  static func decodeBuckets(_ reader: inout CacheReader) throws(CacheReader.Damaged) -> [Int: Int32] {
    let keys: [Int] = try reader.readArray()
    let values: [Int32] = try reader.readArray()
    guard keys.count == values.count else { throw CacheReader.Damaged() }
    return Dictionary(zip(keys, values)) { first, _ in first }
  }
}
