/// HTML character references (`&amp;`, `&#39;`, `&#x1F600;`, `&nbsp;`), as
/// X escapes its `full_text` and Mastodon its HTML.
enum HTMLEntities {
  static let named: [Substring: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "hellip": "…",
    "mdash": "—", "ndash": "–", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "pound": "£", "euro": "€",
    "copy": "©", "reg": "®", "trade": "™", "middot": "·", "bull": "•",
  ]

  /// `text` with every reference it knows replaced; unknown ones stay as written.
  static func decode(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var rest = text[...]
    while let ampersand = rest.firstIndex(of: "&") {
      result += rest[..<ampersand]
      let afterAmpersand = rest.index(after: ampersand)
      guard let semicolon = rest[afterAmpersand...].prefix(12).firstIndex(of: ";"),
        let decoded = reference(rest[afterAmpersand..<semicolon])
      else {
        result.append("&")
        rest = rest[afterAmpersand...]
        continue
      }
      result += decoded
      rest = rest[rest.index(after: semicolon)...]
    }
    result += rest
    return result
  }

  private static func reference(_ name: Substring) -> String? {
    if name.hasPrefix("#x") || name.hasPrefix("#X") {
      return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
    if name.hasPrefix("#") {
      return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
    return named[name]
  }
}
