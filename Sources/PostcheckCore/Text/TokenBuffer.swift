/// The tokens of one post and the arena holding their forms. Reused from
/// post to post by a `Screener`, so steady-state tokenising allocates nothing.
///
/// Tokens are kept in manually managed storage rather than an `Array`:
/// appending is the tokenizer's most frequent operation, and an array's
/// uniqueness and capacity checks cost more than the store itself.
public final class TokenBuffer {
  private var storage: UnsafeMutablePointer<Token>
  private var capacity: Int
  private var count = 0
  /// Tokens made by joining separated single letters (`f u c k`), in text order.
  @exclusivity(unchecked) public private(set) var joined: [Token] = []
  /// For a joined run that starts with a one-letter word (`a`, `I`), the
  /// join of the rest: `you're a d i s g r a c e` is `a` + `disgrace` as
  /// much as `adisgrace`. Each ends where its run's entry in `joined` ends.
  @exclusivity(unchecked) public private(set) var joinedAfterLeadingWord: [Token] = []
  public let arena = ByteArena()
  /// The tokens' word fingerprints, when `printsRecorded`: the tokenizer
  /// records them as it appends tokens if it was made to (`Tokenizer.recordsPrints`).
  let prints = TokenPrints()
  @exclusivity(unchecked) var printsRecorded = false
  /// One bit per `TokenKind` of the special tokens present (e-mail, URL, handle, hashtag).
  @exclusivity(unchecked) var specialKinds: UInt8 = 0
  /// `ChunkBits` of every byte class in the post (`ChunkBits.digit`: it has digits).
  @exclusivity(unchecked) var byteClasses: UInt16 = 0

  public init() {
    capacity = 256
    storage = .allocate(capacity: capacity)
    // One more than the tokens: a print is recorded before its token is appended.
    prints.reserve(capacity + 1, keeping: 0)
  }

  deinit {
    storage.deinitialize(count: count)
    storage.deallocate()
  }

  /// The post's tokens in text order; valid until the buffer next changes.
  public var tokens: UnsafeBufferPointer<Token> { UnsafeBufferPointer(start: storage, count: count) }

  public func removeAll() {
    storage.deinitialize(count: count)
    count = 0
    specialKinds = 0
    byteClasses = 0
    // Nearly always empty: emptying an empty array is not free, per post.
    if !joined.isEmpty { joined.removeAll(keepingCapacity: true) }
    if !joinedAfterLeadingWord.isEmpty { joinedAfterLeadingWord.removeAll(keepingCapacity: true) }
    arena.removeAll()
    prints.removeAll()
  }

  @inline(__always)
  func append(_ token: Token) {
    if count == capacity { grow() }
    (storage + count).initialize(to: token)
    count += 1
  }

  /// Records the print of the token about to be appended.
  @inline(__always)
  func recordPrint(of token: Token) { prints.append(token, at: count, arena) }

  /// Records the print of a plain word about to be appended, computed by its scanner.
  @inline(__always)
  func recordPlainWordPrint(_ print: UInt64, isPlainWord: Bool) {
    prints.appendPlainWord(print, at: count, isPlainWord: isPlainWord)
  }

  /// Marks the prints recorded so far as the buffer's, one per token.
  func settlePrints() { prints.settle(count: count) }

  private func grow() {
    let bigger = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
    bigger.moveInitialize(from: storage, count: count)
    storage.deallocate()
    storage = bigger
    capacity *= 2
    // The prints written so far: one per token, and the one of the token being appended.
    prints.reserve(capacity + 1, keeping: count + 1)
  }

  func appendJoined(_ token: Token) { joined.append(token) }
  func appendJoinedAfterLeadingWord(_ token: Token) { joinedAfterLeadingWord.append(token) }

  /// Whether the post has a special token of `kind` (e-mail, URL, handle, hashtag).
  public func contains(_ kind: TokenKind) -> Bool { specialKinds & (1 << kind.rawValue) != 0 }

  /// Whether the post has an ASCII digit anywhere.
  public var containsDigits: Bool { byteClasses & ChunkBits.digit != 0 }

  /// A form as a `String` (tests, explanations); empty for an absent form.
  public func string(_ form: FormRef) -> String {
    form.isAbsent ? "" : String(decoding: arena.bytes(form), as: UTF8.self)
  }

  /// Whether a form equals the given ASCII/UTF-8 bytes.
  public func form(_ form: FormRef, equals bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard !form.isAbsent, form.count == bytes.count else { return false }
    let stored = arena.bytes(form)
    for index in 0..<bytes.count where stored[index] != bytes[index] { return false }
    return true
  }
}
