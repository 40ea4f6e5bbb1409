/// What building a phrase index takes: the phrases' vocabulary, and the
/// buckets of phrase ids by key that the index flattens.
extension PhraseIndex {
  /// Words made distinct, each with an id: the vocabulary of an index's phrases.
  struct WordTable {
    private(set) var words: [Word] = []
    private var idOfWord: [Word: Int32] = [:]

    /// `word`'s id, added the first time it is seen.
    mutating func id(of word: Word) -> Int32 {
      if let id = idOfWord[word] { return id }
      let id = Int32(words.count)
      idOfWord[word] = id
      words.append(word)
      return id
    }
  }
}

/// Collects phrase ids into buckets by key while an index is built, then
/// flattens them into one array of members and one of bucket starts.
struct BucketBuilder {
  enum Table: Int, CaseIterable { case plain, singles, pairs, squeezed, skeletons }

  var members: [[Int32]] = []
  // Per table, by its raw value: a dictionary keyed by the table cost a hash and a copy of the inner one per use.
  private var keysOfTable = Array(repeating: [([UInt8], Int32)](), count: Table.allCases.count)
  private var bucketOfKey = Array(repeating: [[UInt8]: Int32](), count: Table.allCases.count)

  /// The buckets that a word's (or a pair of words') keys named, by table and word id.
  private var bucketsOfWord = Array(repeating: [Int64: [Int32]](), count: Table.allCases.count)

  /// Each key of `table` with its bucket, in the order first seen.
  func keys(in table: Table) -> [([UInt8], Int32)] { keysOfTable[table.rawValue] }

  /// Adds `phrase` once to the bucket of each key in `table`. `word` is the
  /// distinct word (or pair) the keys were made from: thousands of template
  /// phrases share one, whose keys are then hashed once, not once per phrase.
  /// Phrases are added in increasing order, so one already in a bucket is its last member.
  mutating func add(_ phrase: Int32, to keysOfPhrase: @autoclosure () -> [[UInt8]], table: Table, keysOf word: Int64) {
    let found = bucketsOfWord[table.rawValue][word]
    let ids = found ?? keysOfPhrase().map { bucket(for: $0, in: table) }
    if found == nil { bucketsOfWord[table.rawValue][word] = ids }
    for id in ids where members[Int(id)].last != phrase { members[Int(id)].append(phrase) }
  }

  /// Adds `phrase` to a bucket kept outside the tables, making it on first use.
  mutating func add(_ phrase: Int32, toBucket bucket: inout Int32?) {
    let id = bucket ?? newBucket()
    bucket = id
    members[Int(id)].append(phrase)
  }

  private mutating func bucket(for key: [UInt8], in table: Table) -> Int32 {
    if let existing = bucketOfKey[table.rawValue][key] { return existing }
    let id = newBucket()
    bucketOfKey[table.rawValue][key] = id
    keysOfTable[table.rawValue].append((key, id))
    return id
  }

  private mutating func newBucket() -> Int32 {
    members.append([])
    return Int32(members.count - 1)
  }

  func flattened() -> (members: [Int32], starts: [Int32]) { PhraseIndex.flatten(members) }
}
