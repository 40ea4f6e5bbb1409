/// A lexicon file compiled into the binary by the EmbedLexicons plugin.
public struct EmbeddedLexiconFile: Sendable {
  public let path: String
  public let text: String

  public init(path: String, text: String) {
    self.path = path
    self.text = text
  }
}

/// Namespace for the generated list of embedded lexicons.
public enum EmbeddedLexicons {}

/// The lexicons a screener uses, by name.
public struct LexiconSet: Sendable {
  public private(set) var byName: [String: Lexicon] = [:]

  public init(_ lexicons: [Lexicon] = []) {
    for lexicon in lexicons { byName[lexicon.name] = lexicon }
  }

  /// The defaults compiled into the binary.
  public static func embedded() throws(LexiconError) -> LexiconSet {
    var lexicons: [Lexicon] = []
    for file in EmbeddedLexicons.files {
      lexicons.append(try LexiconParser.parse(file.text, path: "Lexicons/" + file.path))
    }
    return LexiconSet(lexicons)
  }

  /// Adds or replaces a lexicon (one with the same name).
  public mutating func insert(_ lexicon: Lexicon) { byName[lexicon.name] = lexicon }

  /// The set with each of `extras`' entries added to the lexicon of the same
  /// name (a policy file's own words). An extra with no lexicon to extend is
  /// added as it is.
  public func extended(with extras: [Lexicon]) -> LexiconSet {
    var result = self
    for extra in extras {
      guard var base = result.byName[extra.name] else {
        result.insert(extra)
        continue
      }
      base.entries += extra.entries
      result.insert(base)
    }
    return result
  }

  public func lexicon(named name: String) throws(LexiconError) -> Lexicon {
    guard let lexicon = byName[name] else {
      throw LexiconError(file: name, line: 0, message: "lexicon '\(name)' is not loaded")
    }
    return lexicon
  }

  public var all: [Lexicon] { byName.values.sorted { $0.name < $1.name } }
}
