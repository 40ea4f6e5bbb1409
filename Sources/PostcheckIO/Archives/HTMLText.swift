/// The text of the sanitised HTML that Mastodon stores (`<p>`, `<br>`,
/// links, spans): paragraphs become blank lines, `<br>` a line break, tags
/// vanish and character references are decoded. Link text split into
/// visible and "invisible" spans is joined again, so a shortened link reads
/// as its whole address.
enum HTMLText {
  static func text(of html: String) -> String {
    var output = ""
    output.reserveCapacity(html.utf8.count)
    var rest = html[...]
    var paragraphs = 0
    while let open = rest.firstIndex(of: "<") {
      output += HTMLEntities.decode(String(rest[..<open]))
      guard let close = rest[open...].firstIndex(of: ">") else {
        rest = rest[open...]
        break
      }
      let tag = rest[rest.index(after: open)..<close].lowercased()
      let closing = tag.hasPrefix("/")
      let name = String(tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber })
      switch (name, closing) {
      case ("br", _):
        output += "\n"
      case ("p", false):
        if paragraphs > 0 { output += "\n\n" }
        paragraphs += 1
      case ("li", false):
        output += "\n"
      default:
        break
      }
      rest = rest[rest.index(after: close)...]
    }
    output += HTMLEntities.decode(String(rest))
    return output
  }
}
