/// Reads the `postcheck-lexicon 1` line format.
public enum LexiconParser {
  private static let requiredKeys = ["name", "version", "source", "licence"]

  public static func parse(_ text: String, path: String) throws(LexiconError) -> Lexicon {
    var metadata: [String: String] = [:]
    var entries: [LexiconEntry] = []
    var sawFormat = false
    var lineNumber = 0
    var columnCount: Int?
    // Lines and fields are cut on UTF-8 bytes: cutting on Characters (grapheme
    // clusters) was most of the start-up's lexicon parsing.
    for rawLine in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = Substring(rawLine.last == 0x0D ? rawLine.dropLast() : rawLine)
      if line.isEmpty || line.hasPrefix("#") { continue }
      if line.hasPrefix("@") {
        let (key, value) = splitDirective(line.dropFirst())
        if key == "format" {
          guard value == "postcheck-lexicon \(Lexicon.formatVersion)" else {
            throw LexiconError(
              file: path, line: lineNumber,
              message: "unsupported format '\(value)' (this build reads postcheck-lexicon \(Lexicon.formatVersion))")
          }
          sawFormat = true
        } else {
          guard sawFormat else {
            throw LexiconError(file: path, line: lineNumber, message: "'@format postcheck-lexicon 1' must come first")
          }
          metadata[key] = value
          if key == "columns" { columnCount = value.split(separator: " ").count }
        }
        continue
      }
      guard sawFormat else {
        throw LexiconError(file: path, line: lineNumber, message: "'@format postcheck-lexicon 1' must come first")
      }
      if line.hasPrefix("+ ") || line.hasPrefix("- ") {
        guard !entries.isEmpty else {
          throw LexiconError(file: path, line: lineNumber, message: "example before any entry")
        }
        let example = String(line.dropFirst(2))
        if line.hasPrefix("+") {
          entries[entries.count - 1].mustMatch.append(example)
        } else {
          entries[entries.count - 1].mustNotMatch.append(example)
        }
        continue
      }
      // A leading backslash lets an entry start with `@`, `#`, `+ ` or `- `.
      let entryText = line.hasPrefix("\\") ? line.dropFirst() : line
      let fields = entryText.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { String(Substring($0)) }
      if let columnCount, fields.count != columnCount {
        throw LexiconError(
          file: path, line: lineNumber,
          message: "expected \(columnCount) tab-separated fields (\(metadata["columns"] ?? "")), found \(fields.count)")
      }
      entries.append(LexiconEntry(fields: fields, line: lineNumber))
    }
    guard sawFormat else {
      throw LexiconError(file: path, line: 1, message: "not a lexicon: '@format postcheck-lexicon 1' is missing")
    }
    for key in requiredKeys where (metadata[key] ?? "").isEmpty {
      throw LexiconError(file: path, line: 1, message: "missing '@\(key)'")
    }
    return Lexicon(
      path: path, name: metadata["name"] ?? "", version: metadata["version"] ?? "",
      source: metadata["source"] ?? "", licence: metadata["licence"] ?? "",
      description: metadata["description"] ?? "",
      columns: (metadata["columns"] ?? "").split(separator: " ").map(String.init), entries: entries)
  }

  private static func splitDirective(_ directive: Substring) -> (String, String) {
    guard let space = directive.firstIndex(of: " ") else { return (String(directive), "") }
    let value = directive[directive.index(after: space)...].drop { $0 == " " }
    return (String(directive[..<space]), String(value))
  }
}
