/// Reads credentials out of the original text: the secret a cue introduces
/// (`password: Autumn2025!`, `my pin is 4821`) and keys and tokens that
/// announce themselves by a documented prefix (`AKIA…`, `ghp_…`, `xoxb-…`).
enum CredentialReader {
  /// A key format recognised by its prefix: what follows must be `length`
  /// characters of `alphabet`. Plain values only (the prefix packed in a
  /// word), so trying the shapes at a token retains nothing.
  struct Shape: Sendable {
    /// Up to eight prefix bytes, little-endian.
    var prefix: UInt64
    var prefixLength: Int
    var alphabet: Alphabet
    var length: ClosedRange<Int>
    var name: Int

    init(_ prefix: String, _ alphabet: Alphabet, _ length: ClosedRange<Int>, name: Int) {
      let bytes = Array(prefix.utf8.prefix(8))
      self.prefix = bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << UInt64($1.offset * 8) }
      prefixLength = bytes.count
      self.alphabet = alphabet
      self.length = length
      self.name = name
    }
  }

  enum Alphabet: Sendable {
    case upperDigits, alphanumeric, alphanumericUnderscore, alphanumericDash, base64URL

    func contains(_ byte: UInt8) -> Bool {
      let upper = byte &- UInt8(ascii: "A") < 26
      let lower = byte &- UInt8(ascii: "a") < 26
      let digit = byte &- UInt8(ascii: "0") < 10
      switch self {
      case .upperDigits: return upper || digit
      case .alphanumeric: return upper || lower || digit
      case .alphanumericUnderscore: return upper || lower || digit || byte == UInt8(ascii: "_")
      case .alphanumericDash: return upper || lower || digit || byte == UInt8(ascii: "-")
      case .base64URL: return upper || lower || digit || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
      }
    }
  }

  static let names = [
    "AWS access key id", "GitHub token", "GitHub fine-grained token", "Slack token", "Stripe key", "Google API key",
    "GitLab token", "npm token", "API secret key",
  ]

  /// Prefixes and lengths as the issuers document them (and as secret
  /// scanners such as gitleaks check them). `github_pat_` is matched by its
  /// first eight bytes, the rest of it being in the alphabet.
  static let shapes: [Shape] =
    ["AKIA", "ASIA"].map { Shape($0, .upperDigits, 16...16, name: 0) }
    + ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"].map { Shape($0, .alphanumeric, 36...36, name: 1) }
    + [Shape("github_pat_", .alphanumericUnderscore, 25...255, name: 2)]
    + ["xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-"].map { Shape($0, .alphanumericDash, 10...255, name: 3) }
    + ["sk_live_", "rk_live_", "sk_test_", "rk_test_"].map { Shape($0, .alphanumeric, 16...255, name: 4) }
    + [
      Shape("AIza", .base64URL, 35...35, name: 5), Shape("glpat-", .base64URL, 20...255, name: 6),
      Shape("npm_", .alphanumeric, 36...36, name: 7), Shape("sk-", .base64URL, 20...255, name: 8),
    ]

  /// First bytes and first two bytes of every prefix (and of `eyJ`), as bit
  /// masks over ASCII: most tokens are ruled out by two tests. Held by the
  /// caller's instance: a static's lazy-initialisation check cost a call per token.
  struct StartFilter: Sendable {
    private let firstBytes: (UInt64, UInt64)
    /// Hashed into 256 bits: `so`, `see`, `great` pass the first-byte test but not this.
    private let firstPairs: (UInt64, UInt64, UInt64, UInt64)

    init() {
      var bytes: (UInt64, UInt64) = (0, 0)
      var pairs: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
      let prefixes = shapes.map { (UInt8(truncatingIfNeeded: $0.prefix), UInt8(truncatingIfNeeded: $0.prefix >> 8)) }
      for (first, second) in prefixes + [(UInt8(ascii: "e"), UInt8(ascii: "y"))] {
        if first < 64 { bytes.0 |= 1 << UInt64(first) } else { bytes.1 |= 1 << UInt64(first - 64) }
        let bit = Self.pairHash(first, second)
        switch bit >> 6 {
        case 0: pairs.0 |= 1 << UInt64(bit & 63)
        case 1: pairs.1 |= 1 << UInt64(bit & 63)
        case 2: pairs.2 |= 1 << UInt64(bit & 63)
        default: pairs.3 |= 1 << UInt64(bit & 63)
        }
      }
      firstBytes = bytes
      firstPairs = pairs
    }

    /// Whether a credential could start with `byte`.
    @inline(__always)
    func mayStart(_ byte: UInt8) -> Bool {
      // Selects rather than branches: the test runs on every word, and which way it goes is unpredictable.
      let word = byte < 64 ? firstBytes.0 : firstBytes.1
      return byte < 128 && (word >> UInt64(byte & 63)) & 1 != 0
    }

    /// Whether a credential could start with these two bytes.
    @inline(__always)
    func mayStart(_ first: UInt8, _ second: UInt8) -> Bool {
      let bit = Self.pairHash(first, second)
      let word = withUnsafeBytes(of: firstPairs) { $0.load(fromByteOffset: (bit >> 6) &* 8, as: UInt64.self) }
      return mayStart(first) && (word >> UInt64(bit & 63)) & 1 != 0
    }

    @inline(__always)
    private static func pairHash(_ first: UInt8, _ second: UInt8) -> Int { Int((first &* 31) ^ second) }
  }

  private static let starts = StartFilter()

  /// A credential starting at byte `start` of `text`: its end and what it is.
  static func credential(at start: Int, in text: UnsafeBufferPointer<UInt8>) -> (end: Int, name: String)? {
    guard start < text.count, starts.mayStart(text[start]) else { return nil }
    // Not the middle of a longer word (`maskAKIA…` is not a key).
    if start > 0 && Alphabet.base64URL.contains(text[start - 1]) { return nil }
    var head: UInt64 = 0
    for offset in 0..<min(8, text.count - start) { head |= UInt64(text[start + offset]) << UInt64(offset * 8) }
    for shape in shapes {
      let mask: UInt64 = shape.prefixLength == 8 ? .max : (1 << UInt64(shape.prefixLength * 8)) - 1
      guard head & mask == shape.prefix else { continue }
      var end = start + shape.prefixLength
      while end < text.count && shape.alphabet.contains(text[end]) { end += 1 }
      // A fixed-length key followed by more key characters is something else.
      if shape.length.contains(end - start - shape.prefixLength) { return (end, names[shape.name]) }
    }
    if let end = jsonWebToken(at: start, in: text) { return (end, "JSON Web Token") }
    return nil
  }

  /// `eyJ….eyJ….…`: three base64url parts, the first two JSON objects.
  private static func jsonWebToken(at start: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
    guard isJSONObjectStart(at: start, in: text) else { return nil }
    var index = start
    for part in 0..<3 {
      let partStart = index
      while index < text.count && Alphabet.base64URL.contains(text[index]) { index += 1 }
      guard index - partStart >= 8 else { return nil }
      if part == 1 && !isJSONObjectStart(at: partStart, in: text) { return nil }
      if part < 2 {
        guard index < text.count && text[index] == UInt8(ascii: ".") else { return nil }
        index += 1
      }
    }
    return index
  }

  /// `eyJ`: `{"` in base64.
  private static func isJSONObjectStart(at start: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
    start + 3 <= text.count && text[start] == UInt8(ascii: "e") && text[start + 1] == UInt8(ascii: "y")
      && text[start + 2] == UInt8(ascii: "J")
  }

  /// What a cue introduces: digits only (`pin`, `door code`) or anything secret-looking.
  enum SecretKind: Sendable { case digits, secret }

  /// The secret after a cue ending at byte `cueEnd` (`password is X`,
  /// `PIN: 4821`, `api key = …`): its byte range, or nil when what follows
  /// does not look like one (`password is on the board`, `pin the notice`).
  static func secret(after cueEnd: Int, kind: SecretKind, in text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    var index = skipSpaces(from: cueEnd, in: text)
    var sawSymbol = false
    if index < text.count && (text[index] == UInt8(ascii: ":") || text[index] == UInt8(ascii: "=")) {
      sawSymbol = true
      index = skipSpaces(from: index + 1, in: text)
    } else if let after = word(["is", "was", "'s", "’s", "-"], at: index, in: text) {
      index = skipSpaces(from: after, in: text)
      if index < text.count && text[index] == UInt8(ascii: ":") { index = skipSpaces(from: index + 1, in: text) }
    } else if let colon = labelEnd(from: index, in: text) {
      // `password for the portal: Winter2025!`: a few words naming what it is for, then the colon.
      sawSymbol = true
      index = skipSpaces(from: colon, in: text)
    } else if let verb = labelThenVerb(from: index, in: text) {
      // `password for the staff portal is Winter2025!`: the same label, then `is`; the value must look secret.
      index = skipSpaces(from: verb, in: text)
    }
    while index < text.count && (text[index] == UInt8(ascii: "\"") || text[index] == UInt8(ascii: "`")) { index += 1 }
    let start = index
    while index < text.count && text[index] > 0x20 && text[index] != UInt8(ascii: "\"") && text[index] != UInt8(ascii: "`") {
      index += 1
    }
    let end = withoutSentencePunctuation(start, index, in: text)
    let value = UnsafeBufferPointer(rebasing: text[start..<end])
    guard (3...128).contains(value.count) else { return nil }
    if kind == .secret, !isLink(value) {
      if let secret = secretAfterUserName(start, end, in: text) { return secret }
      // Words either side of a slash with nothing secret after it (`staff/visitors`, `//portal.example.com`).
      if value.contains(UInt8(ascii: "/")) { return nil }
    }
    switch kind {
    case .digits:
      let digits = value.prefix { $0 &- UInt8(ascii: "0") < 10 }.count
      let rest = value.dropFirst(digits)
      guard (3...12).contains(digits), rest.allSatisfy({ $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "*") }) else {
        return nil
      }
    case .secret:
      guard value.count >= 4, !isLink(value) else { return nil }
      // A plain word after `password:` is the password only when nothing but
      // a clause end or a short tail follows (`password: sunshine, enjoy`),
      // not when a sentence goes on (`password: three random words works well`).
      guard looksSecret(value) || (sawSymbol && !isEverydayWord(value) && endsClause(after: end, in: text)) else { return nil }
    }
    return start..<end
  }

  /// `login: admin / Welcome123`, `admin/Welcome123`: a user name, a slash,
  /// then a secret-looking value, which is the secret; nil when there is no
  /// slash or what follows it does not look secret (`staff/visitors`).
  private static func secretAfterUserName(_ start: Int, _ end: Int, in text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    let slash = UInt8(ascii: "/")
    var secretStart: Int
    if let inside = (start..<end).first(where: { text[$0] == slash }) {
      guard inside > start else { return nil }
      secretStart = inside + 1
    } else {
      let next = skipSpaces(from: end, in: text)
      guard next < text.count, text[next] == slash else { return nil }
      secretStart = skipSpaces(from: next + 1, in: text)
    }
    var secretEnd = secretStart
    while secretEnd < text.count && text[secretEnd] > 0x20 && text[secretEnd] != slash { secretEnd += 1 }
    secretEnd = withoutSentencePunctuation(secretStart, secretEnd, in: text)
    let secret = UnsafeBufferPointer(rebasing: text[secretStart..<secretEnd])
    guard (4...128).contains(secret.count), looksSecret(secret) else { return nil }
    return secretStart..<secretEnd
  }

  /// `end` moved back over sentence punctuation after a secret, which is
  /// not part of it (but `!` may well be).
  private static func withoutSentencePunctuation(_ start: Int, _ end: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
    var end = end
    while end > start && [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ")")].contains(text[end - 1]) {
      end -= 1
    }
    return end
  }

  /// Digits, symbols or capitals after the first letter: a value no one writes as a word.
  private static func looksSecret(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
    hasDigitOrSymbol(value) || hasMixedCase(value)
  }

  /// The end of a short label ending in `:` or `=` (`for the staff portal:`),
  /// within 40 bytes and one line, or nil.
  private static func labelEnd(from index: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
    var position = index
    while position < min(text.count, index + 40) {
      switch text[position] {
      case UInt8(ascii: ":"), UInt8(ascii: "="): return position + 1
      case UInt8(ascii: "\n"), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ","): return nil
      default: position += 1
      }
    }
    return nil
  }

  /// The end of `is` or `was` after a short label (`for the staff portal is`),
  /// within 40 bytes and one clause, or nil.
  private static func labelThenVerb(from index: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
    var position = index
    while position < min(text.count, index + 40) {
      switch text[position] {
      case UInt8(ascii: "\n"), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ","), UInt8(ascii: ";"):
        return nil
      case UInt8(ascii: " "):
        if let after = word(["is", "was"], at: position + 1, in: text) { return after }
        position += 1
      default:
        position += 1
      }
    }
    return nil
  }

  /// Whether the text after a candidate secret ends its clause: the end,
  /// punctuation, or a word that starts a new thought (`for`, `if`, `thanks`).
  private static func endsClause(after end: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
    let next = skipSpaces(from: end, in: text)
    guard next < text.count else { return true }
    if [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: ")"), UInt8(ascii: "\n")]
      .contains(text[next]) || text[next] >= 0x80
    {
      return true
    }
    return word(["for", "if", "and", "on", "to", "please", "thanks", "cheers", "enjoy", "lol"], at: next, in: text) != nil
  }

  private static func skipSpaces(from index: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
    var index = index
    while index < text.count && (text[index] == UInt8(ascii: " ") || text[index] == UInt8(ascii: "\t")) { index += 1 }
    return index
  }

  /// The end of one of `words` written at `index` (any case) and followed by a space or colon.
  private static func word(_ words: [String], at index: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
    for word in words {
      let bytes = Array(word.utf8)
      guard index + bytes.count <= text.count else { continue }
      var same = true
      for (offset, byte) in bytes.enumerated() where text[index + offset] | 0x20 != byte | 0x20 { same = false }
      let next = index + bytes.count
      if same && (next == text.count || text[next] == UInt8(ascii: " ") || text[next] == UInt8(ascii: ":")) { return next }
    }
    return nil
  }

  private static func isLink(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
    let text = String(decoding: value, as: UTF8.self).lowercased()
    return text.contains("://") || text.hasPrefix("www.")
  }

  private static func hasDigitOrSymbol(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
    value.contains { byte in
      let letter = (byte | 0x20) &- UInt8(ascii: "a") < 26
      return !letter && byte < 0x80 && byte != UInt8(ascii: "'") && byte != UInt8(ascii: "-")
    }
  }

  private static func hasMixedCase(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
    // Capitals after the first letter: `sUnFlower`, not `Monday`.
    value.dropFirst().contains { $0 &- UInt8(ascii: "A") < 26 } && value.contains { $0 &- UInt8(ascii: "a") < 26 }
  }

  /// Words that follow `password:` in posts about passwords rather than in leaked ones.
  private static let everydayWords: Set<String> = [
    "reset", "required", "incorrect", "wrong", "expired", "changed", "change", "protected", "manager", "policy", "hint",
    "here", "below", "above", "attached", "same", "strong", "weak", "sent", "please", "the", "and", "your", "my",
    "none", "forgotten", "forgot", "hidden", "needed", "locked", "reminder", "update", "updated", "tips", "safety",
  ]

  private static func isEverydayWord(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
    everydayWords.contains(String(decoding: value, as: UTF8.self).lowercased())
  }
}
