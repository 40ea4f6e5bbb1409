/// Words and phrases normalised the way posts are, indexed by first word, and
/// matched against a post's tokens whole-word only: a phrase matches when
/// consecutive tokens each equal its words in some normalised form (folded,
/// accent-folded, leetspeak, squeezed against squeezed, skeleton against
/// skeleton, separated letters joined). Never substrings, so `Scunthorpe`,
/// `assessment` and `cocktail` cannot match. Matching is in
/// `PhraseIndex+Matching.swift`.
///
/// Everything the matcher reads per token is flat: phrases' words and their
/// byte forms live in one byte pool and arrays of plain values, so a lookup
/// copies no array and retains nothing (nested arrays cost a retain and a
/// release per word compared, which was most of the detector's time).
final class PhraseIndex: Sendable {
  /// A word as the lexicon gives it, before flattening.
  struct Word: Sendable, Hashable {
    /// The word's folded forms: as written, and with leetspeak read.
    var forms: [[UInt8]]
    /// With every doubled letter squeezed to one: compared with squeezed post words only.
    var squeezed: [UInt8]
    /// UTS #39 skeleton: compared with skeletons of post words with non-ASCII letters.
    var skeleton: [UInt8]
  }

  /// A phrase matched at tokens `first...last`, with the disguises undone to see it.
  struct Match {
    var phrase: Int
    var first: Int
    var last: Int
    var normalisations: Normalisations
  }

  /// Bytes in the pool.
  struct PoolBytes: Sendable, Equatable {
    var offset: Int32
    var count: Int32
  }

  /// A word: its forms are `forms[firstForm ..< firstForm + formCount]`.
  struct StoredWord: Sendable, Equatable {
    var firstForm: Int32
    var formCount: Int32
    var squeezed: PoolBytes
    var skeleton: PoolBytes
  }

  /// Whether disguised forms count (terms), or only the words as written,
  /// case- and accent-folded (allowlists: `Twatt` is a place, `twaaat` is not).
  let matchesDisguises: Bool
  let phraseCount: Int
  /// The most words in any phrase: how far back a covering phrase can start.
  let longestPhrase: Int
  /// Phrase `p`'s words are `words[phraseStarts[p] ..< phraseStarts[p + 1]]`.
  let phraseStarts: [Int32]
  let words: [StoredWord]
  /// `WordMask` of each of `words`: phrases whose next words cannot be the
  /// post's next tokens are passed over without comparing bytes.
  let wordMasks: [UInt64]
  let forms: [PoolBytes]
  // Written once in init, only read after: safe to share.
  nonisolated(unsafe) let pool: UnsafeMutablePointer<UInt8>
  let poolCount: Int

  /// Bucket `b` holds phrase ids `bucketMembers[bucketStarts[b] ..< bucketStarts[b + 1]]`.
  let bucketMembers: [Int32]
  let bucketStarts: [Int32]
  /// First-word form → bucket of phrase ids.
  let plain: ByteKeyTable
  /// Single-word phrases by form, and longer ones by their first two words
  /// (`you idiot`): common first words (`you`, `go`) then cost one lookup.
  let singles: ByteKeyTable
  let pairs: ByteKeyTable
  let squeezed: ByteKeyTable
  let skeletons: ByteKeyTable
  /// Single-word phrases by length and first letter, for masked words (`f**k`): see `maskedKey`.
  let maskedSingles: [Int: Int32]
  /// For a masked first word (`k*ll yourself`): by the length and first
  /// letter of the first word, one longer phrase per distinct first word,
  /// whose phrases are then those of its form's `plain` bucket. One per
  /// phrase made `f**k` compare its letters with `fuck` hundreds of times.
  let maskedFirstWords: [Int: Int32]
  /// Every form of every word of every phrase, for indexes that match words
  /// as written only (`matchesDisguises` false): a token in none of them is
  /// in no phrase, so a match it alone makes needs no allowlist search.
  let anyWord: ByteKeyTable
  /// Every first-word form (squeezed and skeleton ones too), single-word key
  /// and two-word key: the general path's test of each form of a disguised
  /// word, before any table lookup.
  let prefilter: WordPrefilter
  /// The first words' forms alone, as written: whether a plain word an
  /// anchor names as a start can start a phrase (one load and a bit test).
  let firstWords: WordBitmap
  /// First word and second word together, the second in every way it can be
  /// compared (`WordMask`'s kinds): whether a phrase can continue from a
  /// plain first word into a disguised next one (`you b*tch`). Kept apart
  /// from `prefilter`, which every disguised word probes and which must stay small.
  let continuations: WordPrefilter
  /// Phrases by their words' chained prints: the fast path of plain words.
  let chains: PhraseChains
  /// Where phrases are waited for: their least common words (terms only).
  let anchors: PhraseAnchors

  deinit {
    prefilter.deallocate()
    firstWords.deallocate()
    anchors.deallocate()
    continuations.deallocate()
    chains.deallocate()
    pool.deallocate()
    for table in [plain, singles, pairs, squeezed, skeletons, anyWord] { table.deallocate() }
  }

  /// Phrases given as their words (allowlists, exceptions, tests).
  convenience init(phrases: [[Word]], matchesDisguises: Bool = true) {
    var table = WordTable()
    let ids = phrases.map { phrase in phrase.map { table.id(of: $0) } }
    self.init(distinctWords: table.words, phrases: ids, matchesDisguises: matchesDisguises)
  }

  /// Phrases as ids of their words in `distinctWords`, each word there once:
  /// templates repeat `you`, `are`, `a` across thousands of phrases, and
  /// each distinct word is stored, masked and printed once. `commonness`:
  /// each distinct word's rank among the commonest words (`Int32.max`, or
  /// none given: not common), which picks each phrase's anchor.
  init(distinctWords: [Word], phrases: [[Int32]], matchesDisguises: Bool = true, commonness: [Int32]? = nil) {
    self.matchesDisguises = matchesDisguises
    phraseCount = phrases.count
    // A closure, not a key path: a key path is read through the runtime, 700 instructions a phrase.
    longestPhrase = phrases.map { $0.count }.max() ?? 0

    var poolBytes: [UInt8] = []
    func store(_ bytes: [UInt8]) -> PoolBytes {
      defer { poolBytes += bytes }
      return PoolBytes(offset: Int32(poolBytes.count), count: Int32(bytes.count))
    }
    var forms: [PoolBytes] = []
    var stored: [StoredWord] = []
    var masks: [UInt64] = []
    var comparisonPrints: [[UInt64]] = []
    // The fingerprint of each word's forms (the first of its comparison prints).
    var formPrints: [[UInt64]] = []
    for word in distinctWords {
      let firstForm = Int32(forms.count)
      forms += word.forms.map(store)
      stored.append(
        StoredWord(
          firstForm: firstForm, formCount: Int32(word.forms.count), squeezed: store(word.squeezed),
          skeleton: store(word.skeleton)))
      let prints = WordMask.comparisonPrints(of: word)
      comparisonPrints.append(prints)
      formPrints.append(Array(prints.prefix(word.forms.count)))
      masks.append(WordMask.of(prints: prints))
    }
    var phraseStarts: [Int32] = [0]
    phraseStarts.reserveCapacity(phrases.count + 1)
    var wordIDs: [Int32] = []
    for phrase in phrases {
      wordIDs += phrase
      phraseStarts.append(Int32(wordIDs.count))
    }
    self.phraseStarts = phraseStarts
    words = wordIDs.map { stored[Int($0)] }
    wordMasks = wordIDs.map { masks[Int($0)] }
    self.forms = forms
    pool = .allocate(capacity: max(poolBytes.count, 1))
    pool.initialize(from: poolBytes, count: poolBytes.count)
    poolCount = poolBytes.count

    var buckets = BucketBuilder()
    var maskedSingles: [Int: Int32] = [:]
    var maskedFirstWords: [Int: Int32] = [:]
    var maskedFirstWordsSeen: Set<Int32> = []
    var pairPrints: [UInt64] = []
    var continuationKeys: [UInt64] = []
    var seenPairs: Set<Int64> = []
    for (id, phraseWords) in phrases.enumerated() {
      guard let firstID = phraseWords.first else { continue }
      let first = distinctWords[Int(firstID)]
      let phrase = Int32(id)
      buckets.add(phrase, to: first.forms, table: .plain, keysOf: Int64(firstID))
      buckets.add(phrase, to: [first.squeezed], table: .squeezed, keysOf: Int64(firstID))
      buckets.add(phrase, to: [first.skeleton], table: .skeletons, keysOf: Int64(firstID))
      if let form = first.forms.first {
        let key = Self.maskedKey(count: form.count, first: form.first ?? 0)
        if phraseWords.count == 1 {
          buckets.add(phrase, toBucket: &maskedSingles[key])
        } else if maskedFirstWordsSeen.insert(firstID).inserted {
          buckets.add(phrase, toBucket: &maskedFirstWords[key])
        }
      }
      if phraseWords.count == 1 {
        buckets.add(phrase, to: first.forms, table: .singles, keysOf: Int64(firstID))
      } else {
        let secondID = phraseWords[1]
        let second = distinctWords[Int(secondID)]
        let pair = Int64(firstID) << 32 | Int64(secondID)
        buckets.add(phrase, to: first.forms.flatMap { form in second.forms.map { form + [0x20] + $0 } }, table: .pairs, keysOf: pair)
        if seenPairs.insert(pair).inserted {
          for form in first.forms {
            let firstPrint = WordPrefilter.fingerprint(form)
            pairPrints += second.forms.map { WordPrefilter.pair(firstPrint, WordPrefilter.fingerprint($0)) }
            continuationKeys += Self.continuationKeys(after: firstPrint, second: comparisonPrints[Int(secondID)])
          }
        }
      }
    }
    (bucketMembers, bucketStarts) = buckets.flattened()
    self.maskedSingles = maskedSingles
    self.maskedFirstWords = maskedFirstWords
    // Squeezed and skeleton keys too: disguised words then skip their lookups as plain ones do.
    let firstWordPrints = buckets.keys(in: .plain).map { WordPrefilter.fingerprint($0.0) }
    var prints = firstWordPrints + [.squeezed, .skeletons].flatMap({ buckets.keys(in: $0) }).map {
      WordPrefilter.fingerprint($0.0)
    }
    prints += buckets.keys(in: .singles).map { Self.singleKey(WordPrefilter.fingerprint($0.0)) } + pairPrints
    prefilter = WordPrefilter(keys: prints)
    firstWords = WordBitmap(keys: firstWordPrints)
    anchors = PhraseAnchors(
      phraseStarts: matchesDisguises ? phraseStarts : [0], wordIDs: wordIDs, comparisonPrints: comparisonPrints,
      formCounts: distinctWords.map { $0.forms.count },
      commonness: commonness ?? Array(repeating: .max, count: distinctWords.count))
    continuations = WordPrefilter(keys: continuationKeys)
    chains = PhraseChains(
      phraseStarts: matchesDisguises ? phraseStarts : [0], wordIDs: wordIDs, formPrints: formPrints)
    plain = ByteKeyTable(buckets.keys(in: .plain))
    singles = ByteKeyTable(buckets.keys(in: .singles))
    pairs = ByteKeyTable(buckets.keys(in: .pairs))
    squeezed = ByteKeyTable(buckets.keys(in: .squeezed))
    skeletons = ByteKeyTable(buckets.keys(in: .skeletons))
    let allForms = matchesDisguises ? [] : Set(Set(wordIDs).flatMap { distinctWords[Int($0)].forms })
    anyWord = ByteKeyTable(allForms.sorted { $0.lexicographicallyPrecedes($1) }.map { ($0, 0) })
  }

  /// The index `encode(into:)` wrote (`PhraseIndex+Cache.swift`). Damaged
  /// bytes that pass the reader's checksum would be a bug in the writer:
  /// what was allocated before the damage was found is not given back.
  init(decoding reader: inout CacheReader) throws(CacheReader.Damaged) {
    matchesDisguises = try reader.read()
    phraseCount = try reader.read()
    longestPhrase = try reader.read()
    phraseStarts = try reader.readArray()
    (words, wordMasks) = try Self.decodeWords(&reader)
    forms = try reader.readArray()
    let pool = try reader.readAllocated(of: UInt8.self)
    guard let start = pool.baseAddress else { throw CacheReader.Damaged() }
    self.pool = start
    poolCount = try reader.read()
    bucketMembers = try reader.readArray()
    bucketStarts = try reader.readArray()
    plain = try ByteKeyTable(decoding: &reader)
    singles = try ByteKeyTable(decoding: &reader)
    pairs = try ByteKeyTable(decoding: &reader)
    squeezed = try ByteKeyTable(decoding: &reader)
    skeletons = try ByteKeyTable(decoding: &reader)
    maskedSingles = try Self.decodeBuckets(&reader)
    maskedFirstWords = try Self.decodeBuckets(&reader)
    anyWord = try ByteKeyTable(decoding: &reader)
    prefilter = try WordPrefilter(decoding: &reader)
    firstWords = try WordBitmap(decoding: &reader)
    anchors = try PhraseAnchors(decoding: &reader)
    continuations = try WordPrefilter(decoding: &reader)
    chains = try PhraseChains(decoding: &reader)
  }

  /// Whether `token` could be a word of some phrase: its folded or
  /// accent-folded form is a form of one. Only for indexes of words as written.
  func mayContain(_ token: Token, _ arena: ByteArena) -> Bool {
    // A handle read as leetspeak (`@ss`) is looked for as itself: let it through.
    guard token.kind != .mention else { return true }
    guard token.kind == .word || token.kind == .joined else { return false }
    return anyWord.value(for: arena.bytes(token.folded)) != nil
      || (!token.ascii.isAbsent && anyWord.value(for: arena.bytes(token.ascii)) != nil)
  }

  var isEmpty: Bool { phraseCount == 0 }

  /// The key of `maskedSingles` and `maskedFirstWords`: a masked word shows its first letter, so
  /// only entries of its length starting with that letter can agree with it.
  static func maskedKey(count: Int, first: UInt8) -> Int { count << 8 | Int(first) }

  /// The prefilter key of a single-word phrase, from its word's fingerprint.
  @inline(__always)
  static func singleKey(_ print: UInt64) -> UInt64 { WordPrefilter.derived(print, salt: 0x5851_F42D_4C95_7F2D) }

  @inline(__always)
  func bytes(_ stored: PoolBytes) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: pool + Int(stored.offset), count: Int(stored.count))
  }

  /// Buckets of phrase ids as one array of members and one of bucket
  /// starts: bucket `b` is `members[starts[b] ..< starts[b + 1]]`.
  static func flatten(_ buckets: [[Int32]]) -> (members: [Int32], starts: [Int32]) {
    var starts: [Int32] = [0]
    for bucket in buckets { starts.append((starts.last ?? 0) + Int32(bucket.count)) }
    return (buckets.flatMap { $0 }, starts)
  }

  @inline(__always)
  func wordCount(of phrase: Int) -> Int { Int(phraseStarts[phrase + 1] - phraseStarts[phrase]) }

  /// The first (as written) form of a phrase's first word.
  @inline(__always)
  func firstForm(of phrase: Int) -> UnsafeBufferPointer<UInt8> {
    bytes(forms[Int(words[Int(phraseStarts[phrase])].firstForm)])
  }
}
