/// What a token is.
public enum TokenKind: UInt8, Sendable {
  /// A word (letters, possibly with digits or disguising symbols: `sh1t`, `f**k`).
  case word
  /// Digits only, with their separators (`1,000`, `3.5`).
  case number
  /// An e-mail address (`jo.bloggs@example.com`).
  case email
  /// A web address (`https://…`, `www.…`).
  case url
  /// A handle (`@jo`, `@jo@mastodon.social`).
  case mention
  /// A hashtag (`#MondayMotivation`).
  case hashtag
  /// Single letters split by separators, joined (`f u c k`, `f-u-c-k`).
  case joined
}

/// Normalisations that made a form differ from the original text; findings
/// name them so a reviewer sees why a disguised word was caught.
public struct Normalisations: OptionSet, Sendable, Hashable {
  public let rawValue: UInt16
  public init(rawValue: UInt16) { self.rawValue = rawValue }

  public static let caseFolded = Normalisations(rawValue: 1 << 0)
  /// NFKC compatibility (full-width letters, ligatures, mathematical alphanumerics).
  public static let compatibility = Normalisations(rawValue: 1 << 1)
  public static let invisibleRemoved = Normalisations(rawValue: 1 << 2)
  public static let accentsFolded = Normalisations(rawValue: 1 << 3)
  public static let homoglyphs = Normalisations(rawValue: 1 << 4)
  public static let leetspeak = Normalisations(rawValue: 1 << 5)
  public static let stretched = Normalisations(rawValue: 1 << 6)
  public static let separatorsJoined = Normalisations(rawValue: 1 << 7)
  /// Letters hidden behind `*` or `#` (`f**k`): set on every word whose
  /// folded form holds one, and on matches read through such a word.
  public static let masked = Normalisations(rawValue: 1 << 8)

  /// The normalisations that each add a form to a token beside `folded`:
  /// a token has another form exactly when one of these is in its set.
  public static let otherForms: Normalisations = [.accentsFolded, .homoglyphs, .leetspeak, .stretched, .separatorsJoined]
  /// What makes a word more than its folded form: another form, or a mask.
  public static let disguised: Normalisations = otherForms.union(.masked)

  /// `.masked` when `bytes` hold a masking symbol (`*` or `#`).
  static func masking(in bytes: UnsafeBufferPointer<UInt8>) -> Normalisations {
    bytes.contains { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "#") } ? .masked : []
  }

  /// Human-readable names, in a fixed order ("homoglyph + leetspeak").
  public var names: [String] {
    var names: [String] = []
    if contains(.caseFolded) { names.append("case") }
    if contains(.compatibility) { names.append("compatibility form") }
    if contains(.invisibleRemoved) { names.append("invisible characters") }
    if contains(.accentsFolded) { names.append("accents") }
    if contains(.homoglyphs) { names.append("homoglyph") }
    if contains(.leetspeak) { names.append("leetspeak") }
    if contains(.stretched) { names.append("stretched letters") }
    if contains(.separatorsJoined) { names.append("separated letters") }
    if contains(.masked) { names.append("masking") }
    return names
  }
}

/// One token of a post: where it is in the original bytes and its normalised forms.
///
/// Forms live in the `TokenBuffer`'s arena. `folded` is always present; the
/// others are present only when they differ from it and apply:
/// - `ascii`: accents folded (`café` → `cafe`), for tokens with non-ASCII letters;
/// - `skeleton`: the UTS #39 confusable skeleton, for tokens with non-ASCII
///   letters; compare it with the skeleton of a lexicon entry, not with text;
/// - `leet`: leetspeak read as letters (`sh1t` → `shit`, `@ss` → `ass`);
/// - `squeezed`: letter runs collapsed, for tokens stretched with three or
///   more of one letter (`fuuuck` → `fuck`); compare it with squeezed entries;
/// - `compact`: word-internal separators between single letters removed (`f.u.c.k` → `fuck`).
///
/// Each of these forms is set together with its normalisation (`ascii` with
/// `.accentsFolded`, `skeleton` with `.homoglyphs`, `leet` with `.leetspeak`,
/// `squeezed` with `.stretched`, `compact` with `.separatorsJoined`), so
/// `normalisations` alone tells whether a token has more than `folded`. A
/// word whose folded form holds `*` or `#` carries `.masked`.
public struct Token: Sendable, Equatable {
  // 32-bit storage keeps the token at 64 bytes; posts are at most 64 MiB.
  private var storedStart: Int32
  private var storedEnd: Int32
  /// Half-open UTF-8 byte range in the original post.
  public var start: Int {
    // Always inlined: out of line, the getter was a call per token per detector.
    @inline(__always) get { Int(storedStart) }
    set { storedStart = Int32(truncatingIfNeeded: newValue) }
  }
  public var end: Int {
    @inline(__always) get { Int(storedEnd) }
    set { storedEnd = Int32(truncatingIfNeeded: newValue) }
  }
  public var folded: FormRef
  public var ascii: FormRef = .absent
  public var skeleton: FormRef = .absent
  public var leet: FormRef = .absent
  public var squeezed: FormRef = .absent
  public var compact: FormRef = .absent
  // Small fields last, so the 32-bit fields above stay aligned.
  public var kind: TokenKind
  /// What was applied to reach `folded` (case, compatibility, invisibles).
  public var normalisations: Normalisations
  /// Length in bytes of the separators between the previous token and this
  /// one when the letter joiner may bridge them (short, one line, separator
  /// characters only); 0 otherwise. Only one-character tokens, the only ones
  /// the joiner looks at, need it; the ASCII scanner leaves it 0 on others.
  public var gapBefore: UInt8 = 0

  /// A word with no form but `folded` and no mask: every other form and a
  /// mask come with their normalisation, so one test tells.
  @inline(__always)
  var isPlainWord: Bool { kind == .word && normalisations.isDisjoint(with: Normalisations.disguised) }

  /// The longest gap, in bytes, that the letter joiner bridges.
  static let maximumJoinableGap = 6

  public init(
    start: Int, end: Int, kind: TokenKind, normalisations: Normalisations, folded: FormRef, gapBefore: UInt8 = 0
  ) {
    storedStart = Int32(truncatingIfNeeded: start)
    storedEnd = Int32(truncatingIfNeeded: end)
    self.kind = kind
    self.normalisations = normalisations
    self.folded = folded
    self.gapBefore = gapBefore
  }

  /// The form that later variants build on: accent-folded when there is one.
  var base: FormRef { ascii.isAbsent ? folded : ascii }
}
