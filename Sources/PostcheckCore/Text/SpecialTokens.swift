/// A token recognised before word segmentation.
struct SpecialToken {
  var start: Int
  var end: Int
  var kind: TokenKind
}

/// Recognises e-mail addresses, URLs, handles and hashtags inside a chunk of
/// text without white space. These must be found before UAX #29 splits them
/// (`jo.bloggs@example.com` would become `jo.bloggs`, `@`, `example.com`).
struct SpecialTokens {
  let classify = ScalarClassifier()

  /// A special token involving the byte at `index`, which may start before
  /// it (an e-mail's local part, a URL's scheme) but not before `gapStart`.
  @inline(__always)
  func match(
    in text: UnsafeBufferPointer<UInt8>, at index: Int, chunkStart: Int, gapStart: Int, end: Int
  ) -> SpecialToken? {
    switch text[index] {
    case UInt8(ascii: "@"):
      return emailOrHandle(text, at: index, gapStart: gapStart, end: end)
    case UInt8(ascii: "#"):
      return hashtag(text, at: index, gapStart: gapStart, end: end)
    case UInt8(ascii: ":"):
      return schemeURL(text, at: index, gapStart: gapStart, end: end)
    case UInt8(ascii: "w"), UInt8(ascii: "W"):
      return wwwURL(text, at: index, gapStart: gapStart, end: end)
    default:
      return nil
    }
  }

  // MARK: e-mail addresses and handles

  private func emailOrHandle(
    _ text: UnsafeBufferPointer<UInt8>, at: Int, gapStart: Int, end: Int
  ) -> SpecialToken? {
    if let email = email(text, at: at, gapStart: gapStart, end: end) {
      // `@jo@mastodon.social` is a fediverse handle, not an address.
      if email.start > gapStart && text[email.start - 1] == UInt8(ascii: "@") {
        return SpecialToken(start: email.start - 1, end: email.end, kind: .mention)
      }
      return email
    }
    return handle(text, at: at, gapStart: gapStart, end: end)
  }

  private func email(_ text: UnsafeBufferPointer<UInt8>, at: Int, gapStart: Int, end: Int) -> SpecialToken? {
    var localStart = at
    while localStart > gapStart {
      let previous = previousScalarStart(text, before: localStart, floor: gapStart)
      let byte = text[previous]
      if byte < 0x80 {
        guard isLocalPartByte(byte) else { break }
      } else {
        // Letters, and invisible characters slipped in to dodge filters (`jo\u{200B}@…`).
        let kind = classify(UTF8Scanning.decode(text, at: previous).scalar)
        guard kind == .word || kind == .ignorable else { break }
      }
      localStart = previous
    }
    // An address starts with a visible character.
    while localStart < at, text[localStart] >= 0x80,
      classify(UTF8Scanning.decode(text, at: localStart).scalar) == .ignorable
    {
      localStart += UTF8Scanning.decode(text, at: localStart).length
    }
    // Leading punctuation belongs to the sentence, not the address ('(jo@…', '"jo@…').
    while localStart < at, text[localStart] < 0x80, !ASCIIClass.of(text[localStart]).isAlphanumeric {
      localStart += 1
    }
    guard localStart < at else { return nil }
    guard let domainEnd = domainEnd(text, from: at + 1, end: end) else { return nil }
    return SpecialToken(start: localStart, end: domainEnd, kind: .email)
  }

  /// The end of a valid domain starting at `start`: dot-separated labels of
  /// letters, digits and hyphens (or non-ASCII letters), the last one a
  /// top-level domain of two or more letters.
  private func domainEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int? {
    var index = start
    while index < end {
      let byte = text[index]
      if byte < 0x80 {
        guard ASCIIClass.of(byte).isAlphanumeric || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        else { break }
        index += 1
      } else {
        let (scalar, length) = UTF8Scanning.decode(text, at: index)
        let kind = classify(scalar)
        guard kind == .word || kind == .ignorable else { break }
        index += length
      }
    }
    // Trailing invisible characters and punctuation are not part of the domain.
    while index > start {
      let last = text[index - 1]
      if last == UInt8(ascii: ".") || last == UInt8(ascii: "-") {
        index -= 1
      } else if last >= 0x80 {
        var lead = index - 1
        while lead > start, text[lead] & 0xC0 == 0x80 { lead -= 1 }
        guard classify(UTF8Scanning.decode(text, at: lead).scalar) == .ignorable else { break }
        index = lead
      } else {
        break
      }
    }
    while index > start, text[index - 1] == UInt8(ascii: ".") || text[index - 1] == UInt8(ascii: "-") {
      index -= 1
    }
    guard index > start, text[start] != UInt8(ascii: "."), text[start] != UInt8(ascii: "-") else { return nil }
    var dots = 0
    var labelStart = start
    var position = start
    while position < index {
      if text[position] == UInt8(ascii: ".") {
        guard position > labelStart else { return nil }
        dots += 1
        labelStart = position + 1
      }
      position += 1
    }
    guard dots > 0, index - labelStart >= 2 else { return nil }
    // The top-level domain is letters (or a punycode label).
    var topLevel = labelStart
    let isPunycode = index - labelStart > 4 && text[labelStart] | 0x20 == UInt8(ascii: "x")
      && text[labelStart + 1] | 0x20 == UInt8(ascii: "n") && text[labelStart + 2] == UInt8(ascii: "-")
    if !isPunycode {
      while topLevel < index {
        let byte = text[topLevel]
        if byte < 0x80 && !ASCIIClass.of(byte).isLetter { return nil }
        topLevel += 1
      }
    }
    return index
  }

  private func isLocalPartByte(_ byte: UInt8) -> Bool {
    if ASCIIClass.of(byte).isAlphanumeric { return true }
    switch byte {
    case UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "%"), UInt8(ascii: "+"), UInt8(ascii: "-"),
      UInt8(ascii: "'"), UInt8(ascii: "&"), UInt8(ascii: "="), UInt8(ascii: "~"):
      return true
    default:
      return false
    }
  }

  /// `@handle` (X, Instagram: letters, digits, `_`, inner `.`).
  private func handle(_ text: UnsafeBufferPointer<UInt8>, at: Int, gapStart: Int, end: Int) -> SpecialToken? {
    guard startsToken(text, at: at, gapStart: gapStart) else { return nil }
    var index = at + 1
    while index < end {
      let byte = text[index]
      if byte < 0x80 && (ASCIIClass.of(byte).isAlphanumeric || byte == UInt8(ascii: "_")) {
        index += 1
      } else if byte == UInt8(ascii: "."), index + 1 < end, text[index + 1] < 0x80,
        ASCIIClass.of(text[index + 1]).isAlphanumeric
      {
        index += 1
      } else {
        break
      }
    }
    guard index > at + 1 else { return nil }
    // `@jo@mastodon.social`: a fediverse handle carries its server.
    if index < end, text[index] == UInt8(ascii: "@"), let server = domainEnd(text, from: index + 1, end: end) {
      return SpecialToken(start: at, end: server, kind: .mention)
    }
    return SpecialToken(start: at, end: index, kind: .mention)
  }

  // MARK: hashtags

  private func hashtag(_ text: UnsafeBufferPointer<UInt8>, at: Int, gapStart: Int, end: Int) -> SpecialToken? {
    guard startsToken(text, at: at, gapStart: gapStart) else { return nil }
    var index = at + 1
    var hasLetter = false
    while index < end {
      let byte = text[index]
      if byte < 0x80 {
        let kind = ASCIIClass.of(byte)
        guard kind.isAlphanumeric || kind == .underscore else { break }
        if kind.isLetter { hasLetter = true }
        index += 1
      } else {
        let (scalar, length) = UTF8Scanning.decode(text, at: index)
        guard classify(scalar) == .word || classify(scalar) == .ignorable else { break }
        hasLetter = true
        index += length
      }
    }
    return hasLetter ? SpecialToken(start: at, end: index, kind: .hashtag) : nil
  }

  // MARK: URLs

  private func schemeURL(_ text: UnsafeBufferPointer<UInt8>, at colon: Int, gapStart: Int, end: Int) -> SpecialToken? {
    guard colon + 2 < end, text[colon + 1] == UInt8(ascii: "/"), text[colon + 2] == UInt8(ascii: "/") else {
      return nil
    }
    var schemeStart = colon
    while schemeStart > gapStart, text[schemeStart - 1] < 0x80, ASCIIClass.of(text[schemeStart - 1]).isLetter {
      schemeStart -= 1
    }
    guard colon - schemeStart >= 2 else { return nil }
    return SpecialToken(start: schemeStart, end: urlEnd(text, from: colon + 3, end: end), kind: .url)
  }

  private func wwwURL(_ text: UnsafeBufferPointer<UInt8>, at: Int, gapStart: Int, end: Int) -> SpecialToken? {
    guard at + 4 < end, startsToken(text, at: at, gapStart: gapStart),
      text[at + 1] | 0x20 == UInt8(ascii: "w"), text[at + 2] | 0x20 == UInt8(ascii: "w"),
      text[at + 3] == UInt8(ascii: "."), text[at + 4] < 0x80, ASCIIClass.of(text[at + 4]).isAlphanumeric
    else { return nil }
    return SpecialToken(start: at, end: urlEnd(text, from: at + 4, end: end), kind: .url)
  }

  /// A URL runs to the end of its chunk (or to an emoji glued on), less
  /// trailing sentence punctuation and unbalanced closing brackets.
  private func urlEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
    var index = start
    var openParentheses = 0
    while index < end {
      let byte = text[index]
      if byte < 0x80 {
        if byte == UInt8(ascii: "(") { openParentheses += 1 }
        if byte == UInt8(ascii: ")") { openParentheses -= 1 }
        index += 1
      } else {
        let (scalar, length) = UTF8Scanning.decode(text, at: index)
        guard classify(scalar) == .word else { break }
        index += length
      }
    }
    while index > start {
      let last = text[index - 1]
      switch last {
      case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
        UInt8(ascii: "?"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "]"), UInt8(ascii: "}"),
        UInt8(ascii: ">"):
        index -= 1
      case UInt8(ascii: ")") where openParentheses < 0:
        openParentheses += 1
        index -= 1
      default:
        return index
      }
    }
    return index
  }

  // MARK: helpers

  /// Whether a sigil at `index` begins a token: nothing word-like glued before it.
  private func startsToken(_ text: UnsafeBufferPointer<UInt8>, at index: Int, gapStart: Int) -> Bool {
    guard index > gapStart else { return true }
    let previous = text[index - 1]
    if previous >= 0x80 { return false }
    let kind = ASCIIClass.of(previous)
    return !(kind.isAlphanumeric || kind == .underscore || previous == UInt8(ascii: "&")
      || previous == UInt8(ascii: "@") || previous == UInt8(ascii: "#"))
  }

  /// The start of the scalar that ends just before `index`.
  private func previousScalarStart(_ text: UnsafeBufferPointer<UInt8>, before index: Int, floor: Int) -> Int {
    var position = index - 1
    while position > floor, text[position] & 0xC0 == 0x80 { position -= 1 }
    return position
  }
}
