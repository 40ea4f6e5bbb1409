/// E-mail addresses written to dodge address harvesters: `jo[at]example[dot]com`,
/// `jo (at) example.co.uk`, `jo.bloggs at gmail dot com`, `JO AT EXAMPLE DOT COM`.
/// Still personal information, so `pii.email` reports them; the parser
/// decides exactly where one starts and ends around a word `at`.
///
/// An `at` in brackets is always a marker. A bare `at` is ordinary English
/// ("see you at college dot com"), so it counts only before a webmail
/// provider's name (`at gmail`), or written in capitals with a capital `DOT`.
enum DisguisedEmail {
  /// A parsed address: where it ends, and how it was written (for the explanation).
  struct Parsed: Equatable {
    var end: Int
    var disguise: String
  }

  /// Mail providers whose name after a bare `at` makes it an address.
  static let providers: Set<String> = [
    "gmail", "googlemail", "hotmail", "outlook", "yahoo", "ymail", "icloud", "live", "aol", "protonmail", "proton",
    "btinternet", "sky", "virginmedia", "talktalk", "msn", "gmx", "zoho", "fastmail", "yandex", "mail",
  ]

  /// The address starting at `start` (the first byte of its local part), if one does.
  static func parse(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Parsed? {
    guard PIIText.startsCleanly(text, start) else { return nil }
    var index = start
    while index < text.count && isLocal(text[index]) { index += 1 }
    // A local part ends on a letter or digit (`jo.` before ` at ` is a sentence's end).
    guard index > start, PIIText.isAlphanumeric(text[index - 1]) else { return nil }
    guard let at = marker("at", in: text, at: index) else { return nil }
    var labels: [(start: Int, end: Int)] = []
    var spelledDot = false
    var capitalDot = false
    var position = at.end
    while true {
      let labelStart = position
      while position < text.count && isLabel(text[position]) { position += 1 }
      guard position > labelStart else { break }
      labels.append((labelStart, position))
      if position < text.count && text[position] == UInt8(ascii: "."), position + 1 < text.count,
        PIIText.isAlphanumeric(text[position + 1])
      {
        position += 1
        continue
      }
      guard let dot = marker("dot", in: text, at: position) else { break }
      spelledDot = true
      capitalDot = capitalDot || dot.capitals
      position = dot.end
    }
    // The last label is a top-level domain: letters only.
    guard labels.count >= 2, let last = labels.last, last.end - last.start >= 2,
      (last.start..<last.end).allSatisfy({ PIIText.isLetter(text[$0]) })
    else { return nil }
    let first = String(decoding: UnsafeBufferPointer(rebasing: text[labels[0].start..<labels[0].end]), as: UTF8.self)
    let atProvider = providers.contains(first.lowercased())
    guard at.bracketed || atProvider || (at.capitals && capitalDot) else { return nil }
    guard PIIText.endsCleanly(text, last.end) else { return nil }
    let disguise =
      at.bracketed ? "'at' in brackets" : spelledDot ? "'at' and 'dot' in words" : "'at' in words"
    return Parsed(end: last.end, disguise: disguise)
  }

  /// Whether the word `at` in `token` could be a marker, before any parsing:
  /// in brackets, in capitals, or before a provider's name.
  static func mayBeMarker(_ text: UnsafeBufferPointer<UInt8>, token: Token, next: Token?, _ buffer: TokenBuffer) -> Bool {
    var before = token.start
    if before > 0 && text[before - 1] == UInt8(ascii: " ") { before -= 1 }
    if before > 0 && isOpener(text[before - 1]) { return true }
    if text[token.start] == UInt8(ascii: "A") && text[token.start + 1] == UInt8(ascii: "T") { return true }
    // Provider names are 3 to 11 letters (`aol`, `virginmedia`); a link may start with one.
    guard let next, next.kind == .url || (next.kind == .word && next.folded.count >= 3)
    else { return false }
    let folded = buffer.arena.bytes(next.folded)
    let label = UnsafeBufferPointer(rebasing: folded[..<(folded.firstIndex(of: UInt8(ascii: ".")) ?? folded.count)])
    return label.count >= 3 && label.count <= 11 && providerPrints.contains(WordPrefilter.fingerprint(bytes: label))
  }

  /// The providers' fingerprints: a word after `at` is compared without making a string of it.
  private static let providerPrints = providers.map { WordPrefilter.fingerprint(Array($0.utf8)) }

  @inline(__always)
  private static func isOpener(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "[") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "<")
  }

  /// Where the local part before an `at` marker whose word starts at `marker`
  /// begins (`jo.bloggs` in `jo.bloggs [at] …`); nil when none is there.
  static func localPartStart(_ text: UnsafeBufferPointer<UInt8>, beforeMarkerAt marker: Int) -> Int? {
    var end = marker
    if end > 0 && text[end - 1] == UInt8(ascii: " ") { end -= 1 }
    if end > 0 && isOpener(text[end - 1]) {
      end -= 1
      if end > 0 && text[end - 1] == UInt8(ascii: " ") { end -= 1 }
    }
    var start = end
    while start > 0 && isLocal(text[start - 1]) { start -= 1 }
    return start < end ? start : nil
  }

  private static func isLocal(_ byte: UInt8) -> Bool {
    PIIText.isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
      || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "%")
  }

  private static func isLabel(_ byte: UInt8) -> Bool { PIIText.isAlphanumeric(byte) || byte == UInt8(ascii: "-") }

  /// `word` as a marker at `index`: in brackets (`[at]`, `( dot )`, spaces
  /// around allowed), or as a word between single spaces.
  private static func marker(
    _ word: StaticString, in text: UnsafeBufferPointer<UInt8>, at index: Int
  ) -> (end: Int, bracketed: Bool, capitals: Bool)? {
    var position = index
    if position < text.count && text[position] == UInt8(ascii: " ") { position += 1 }
    guard position < text.count else { return nil }
    let closer: UInt8? =
      switch text[position] {
      case UInt8(ascii: "["): UInt8(ascii: "]")
      case UInt8(ascii: "("): UInt8(ascii: ")")
      case UInt8(ascii: "{"): UInt8(ascii: "}")
      case UInt8(ascii: "<"): UInt8(ascii: ">")
      default: nil
      }
    if let closer {
      position += 1
      if position < text.count && text[position] == UInt8(ascii: " ") { position += 1 }
      guard let capitals = matches(word, text, at: position) else { return nil }
      position += word.utf8CodeUnitCount
      if position < text.count && text[position] == UInt8(ascii: " ") { position += 1 }
      guard position < text.count, text[position] == closer else { return nil }
      position += 1
      if position < text.count && text[position] == UInt8(ascii: " ") { position += 1 }
      return (position, true, capitals)
    }
    // A bare word needs a space on each side.
    guard position > index, let capitals = matches(word, text, at: position) else { return nil }
    position += word.utf8CodeUnitCount
    guard position < text.count, text[position] == UInt8(ascii: " ") else { return nil }
    return (position + 1, false, capitals)
  }

  /// Whether `word` (lower case) is at `index` in any case: nil if not, else whether in capitals.
  private static func matches(_ word: StaticString, _ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool? {
    let count = word.utf8CodeUnitCount
    guard index + count <= text.count else { return nil }
    var capitals = true
    for offset in 0..<count {
      let byte = text[index + offset]
      let expected = word.utf8Start[offset]
      guard byte | 0x20 == expected else { return nil }
      if byte != expected & ~0x20 { capitals = false }
    }
    return capitals
  }
}
