/// Which policy patterns to try at a token: those whose first word it is,
/// those whose first two words it and the next token are (a common first
/// word such as `my`, `the` or `i` then costs one lookup, not a try of every
/// pattern starting with it), name patterns at a capitalised word before one
/// of their second words, and `{org}` patterns at links on its domains.
///
/// Most tokens are done with at a Bloom-filter probe of their fingerprint
/// and of the pair's.
final class PolicyPatternIndex: Sendable {
  private let firstWords: ByteKeyTable
  private let firstPairs: ByteKeyTable
  /// Bucket `b` holds patterns `bucketMembers[bucketStarts[b] ..< bucketStarts[b + 1]]`.
  private let bucketMembers: [Int32]
  private let bucketStarts: [Int32]
  let namePatterns: [Int32]
  /// Words that can follow `{Name}` in some name pattern (`is`, `are`, `fiddles`).
  private let nameFollowers: ByteKeyTable
  private let followerFilter: WordPrefilter
  let domainPatterns: [Int32]
  private let prefilter: WordPrefilter
  /// Every word a key starts with, alone or as the first of a pair: one
  /// probe ends most tokens, before the pair's print is mixed and probed.
  private let firstWordFilter: WordPrefilter

  /// Past this many first × second words a pattern is indexed by its first word alone.
  private static let largestPairExpansion = 4000

  deinit {
    prefilter.deallocate()
    firstWordFilter.deallocate()
    firstWords.deallocate()
    firstPairs.deallocate()
    nameFollowers.deallocate()
    followerFilter.deallocate()
  }

  /// Indexes the patterns `ids` of `patterns`.
  init(
    _ patterns: [PolicyPattern], ids: [Int], classes: [WordClass], entries: [PolicyEntry]
  ) throws(LexiconError) {
    var bucketOfKey: [[UInt8]: Int] = [:]
    var bucketOfPair: [[UInt8]: Int] = [:]
    var pairPrints: [UInt64] = []
    var pairFirstPrints: Set<UInt64> = []
    var buckets: [[Int32]] = []
    var namePatterns: [Int32] = []
    var followers: Set<[UInt8]> = []
    var domainPatterns: [Int32] = []
    func add(_ id: Int, under key: [UInt8], in table: inout [[UInt8]: Int]) -> Bool {
      let bucket = table[key] ?? buckets.count
      let isNew = bucket == buckets.count
      if isNew {
        buckets.append([])
        table[key] = bucket
      }
      buckets[bucket].append(Int32(id))
      return isNew
    }
    for id in ids {
      let pattern = patterns[id]
      var keys: Set<[UInt8]> = []
      switch pattern.elements.first {
      case .word(let word): keys = [word]
      case .member(let index):
        keys = classes[index].words
        if !classes[index].domains.isEmpty { domainPatterns.append(Int32(id)) }
      case .name:
        namePatterns.append(Int32(id))
        guard let next = Self.wordsThatCanFollowFirst(pattern, classes) else {
          let entry = entries[pattern.entry]
          throw LexiconError(
            file: entry.lexicon, line: entry.line, message: "{Name} must be followed by words or classes, not * or **")
        }
        followers.formUnion(next)
      default: break
      }
      if let seconds = Self.pairableSecondWords(pattern, classes), keys.count * seconds.count <= Self.largestPairExpansion {
        for first in keys {
          for second in seconds where add(id, under: first + [0x20] + second, in: &bucketOfPair) {
            pairPrints.append(WordPrefilter.pair(WordPrefilter.fingerprint(first), WordPrefilter.fingerprint(second)))
            pairFirstPrints.insert(WordPrefilter.fingerprint(first))
          }
        }
      } else {
        for key in keys { _ = add(id, under: key, in: &bucketOfKey) }
      }
    }
    var starts: [Int32] = [0]
    for bucket in buckets { starts.append((starts.last ?? 0) + Int32(bucket.count)) }
    bucketMembers = buckets.flatMap { $0 }
    bucketStarts = starts
    self.namePatterns = namePatterns
    nameFollowers = ByteKeyTable(followers.sorted { $0.lexicographicallyPrecedes($1) }.map { ($0, 0) })
    followerFilter = WordPrefilter(keys: followers.map { WordPrefilter.fingerprint($0) })
    self.domainPatterns = domainPatterns
    let keys = bucketOfKey.sorted { $0.key.lexicographicallyPrecedes($1.key) }
    firstWords = ByteKeyTable(keys.map { ($0.key, Int32($0.value)) })
    firstPairs = ByteKeyTable(
      bucketOfPair.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map { ($0.key, Int32($0.value)) })
    prefilter = WordPrefilter(keys: keys.map { WordPrefilter.fingerprint($0.key) } + pairPrints)
    firstWordFilter = WordPrefilter(keys: keys.map { WordPrefilter.fingerprint($0.key) } + pairFirstPrints.sorted())
  }

  /// The words that can come right after a pattern's first element: optional
  /// words and the first required one; nil when `*`, `**` or `{Name}` can
  /// (name patterns may not, or every capitalised word would try them).
  private static func wordsThatCanFollowFirst(_ pattern: PolicyPattern, _ classes: [WordClass]) -> Set<[UInt8]>? {
    var words: Set<[UInt8]> = []
    for (element, optional) in zip(pattern.elements, pattern.optional).dropFirst() {
      switch element {
      case .word(let word): words.insert(word)
      case .member(let index): words.formUnion(classes[index].words)
      case .name, .any, .gap: return nil
      }
      if !optional { return words }
    }
    return words
  }

  /// The words a pattern's second element can be, when it is a required
  /// word or a class of single words (a class with phrase members was
  /// expanded into variants, so its single words are all of it here).
  private static func pairableSecondWords(_ pattern: PolicyPattern, _ classes: [WordClass]) -> Set<[UInt8]>? {
    guard pattern.elements.count >= 2, !pattern.optional[1] else { return nil }
    switch (pattern.elements[0], pattern.elements[1]) {
    case (.word, .word(let word)), (.member, .word(let word)): return [word]
    case (.word, .member(let index)), (.member, .member(let index)):
      return classes[index].words.isEmpty || !classes[index].domains.isEmpty ? nil : classes[index].words
    default: return nil
    }
  }

  /// The most buckets one token can reach: two forms, each stemmed, alone
  /// and with each of the next token's four forms.
  static let mostBuckets = 20

  /// The buckets indexed under the token at `index`, alone or with the next
  /// one, written to `buckets` (room for `mostBuckets`), each once; and
  /// whether the name patterns may apply: the token is capitalised and the
  /// next one can follow a name (`isName` then decides). No closure on the
  /// common path: a closure capturing the caller's state cost a retain and
  /// release of it per token.
  @inline(__always)
  func candidates(
    at index: Int, in tokens: UnsafeBufferPointer<Token>, _ arena: ByteArena, prints: TokenPrints,
    capitalised: Bool, isName: (Token) -> Bool, into buckets: UnsafeMutablePointer<Int32>
  ) -> (count: Int, names: Bool) {
    let next = index + 1 < tokens.count && PolicyTokenForms.isWordLike(tokens[index + 1].kind) ? index + 1 : nil
    // A struct rather than a local function over a captured count: a local
    // function capturing a var made every call pay a dynamic exclusivity check.
    var found = BucketList(buckets: buckets)
    if prints.isPlain(index) && (next.map { prints.isPlain($0) } ?? true) {
      let print = prints[index]
      if firstWordFilter.contains(print) {
        if prefilter.contains(print) { found.add(firstWords.value(for: arena.bytes(tokens[index].folded))) }
        if let next, prefilter.contains(WordPrefilter.pair(print, prints[next])) {
          found.add(firstPairs.value(arena.bytes(tokens[index].folded), 0x20, arena.bytes(tokens[next].folded)))
        }
      }
    } else {
      let token = tokens[index]
      // Accented words, possessives and their neighbours: every form, still through the prefilter.
      PolicyTokenForms.forEachForm(of: token, arena) { first in
        let print = WordPrefilter.fingerprint(bytes: first)
        if prefilter.contains(print) { found.add(firstWords.value(for: first)) }
        if let next {
          PolicyTokenForms.forEachForm(of: tokens[next], arena) { second in
            if prefilter.contains(WordPrefilter.pair(print, WordPrefilter.fingerprint(bytes: second))) {
              found.add(firstPairs.value(first, 0x20, second))
            }
            return false
          }
        }
        return false
      }
    }
    // A capitalised word before a word that can follow a name (`is`, `fiddles`):
    // the filter first, then the table, then whether it is a name at all.
    guard capitalised, !namePatterns.isEmpty, let next,
      !prints.isPlain(next) || followerFilter.contains(prints[next]),
      PolicyTokenForms.forEachForm(of: tokens[next], arena, { nameFollowers.value(for: $0) != nil })
    else { return (found.count, false) }
    return (found.count, isName(tokens[index]))
  }

  /// The distinct buckets found for one token, written to caller-provided room.
  private struct BucketList {
    let buckets: UnsafeMutablePointer<Int32>
    var count = 0

    @inline(__always)
    mutating func add(_ bucket: Int32?) {
      guard let bucket, count < PolicyPatternIndex.mostBuckets else { return }
      for existing in 0..<count where buckets[existing] == bucket { return }
      buckets[count] = bucket
      count += 1
    }
  }

  /// The patterns of a bucket.
  @inline(__always)
  func members(of bucket: Int32) -> ArraySlice<Int32> {
    bucketMembers[Int(bucketStarts[Int(bucket)])..<Int(bucketStarts[Int(bucket) + 1])]
  }
}
