/// A policy lexicon pattern: words in a row, where an element is
/// - a word (`boss`), matched on the folded or accent-folded form, and a
///   possessive (`learner's`, `learners'`) matches its stem;
/// - `{class}`: any member of a word class (`{learner}`, `{org}`);
/// - `{Name}`: a word written with a capital, other than a function word;
/// - `*`: any one token; `**`: up to three tokens;
/// - any of these followed by `?`: optional.
/// A match never crosses a sentence end. Patterns must start with a word, a
/// class or `{Name}`, which is how the pass finds them.
struct PolicyPattern: Sendable {
  enum Element: Sendable, Equatable {
    case word([UInt8])
    case member(Int)
    case name
    case any
    case gap(Int)
  }

  var elements: [Element]
  var optional: [Bool]
  var entry: Int

  /// The longest run `**` skips.
  static let gapLength = 3

  /// The patterns a lexicon row stands for: one, or one per way of writing
  /// a class member of several words.
  static func parse(
    _ text: String, entry: Int, classes: [WordClass], words: LexiconWords, at location: (String, Int)
  ) throws(LexiconError) -> [PolicyPattern] {
    var variants = [PolicyPattern(elements: [], optional: [], entry: entry)]
    func append(_ element: Element, optional: Bool) {
      for index in variants.indices {
        variants[index].elements.append(element)
        variants[index].optional.append(optional)
      }
    }
    for raw in text.split(separator: " ") {
      let optional = raw.count > 1 && raw.hasSuffix("?")
      let body = optional ? String(raw.dropLast()) : String(raw)
      switch body {
      case "*": append(.any, optional: optional)
      case "**": append(.gap(gapLength), optional: false)
      case "{Name}": append(.name, optional: optional)
      default:
        if body.hasPrefix("{") && body.hasSuffix("}") {
          let name = String(body.dropFirst().dropLast())
          guard let index = classes.firstIndex(where: { $0.name == name }) else {
            throw LexiconError(
              file: location.0, line: location.1,
              message: "unknown class {\(name)} (known: \(classes.map { "{\($0.name)}" }.joined(separator: " ")))")
          }
          let phrases = classes[index].phrases
          if phrases.isEmpty || optional {
            append(.member(index), optional: optional)
          } else {
            // One variant with the class's single words, one per phrase member.
            let base = variants
            append(.member(index), optional: false)
            for phrase in phrases {
              for var variant in base {
                variant.elements += phrase.map { Element.word($0) }
                variant.optional += phrase.map { _ in false }
                variants.append(variant)
              }
            }
          }
        } else {
          let literal = words.words(of: body)
          // Punctuation (`private & confidential`) is not a word of a post either.
          if literal.isEmpty { continue }
          guard !optional || literal.count == 1 else {
            throw LexiconError(file: location.0, line: location.1, message: "only a single word can be optional: '\(raw)'")
          }
          for word in literal { append(.word(word), optional: optional) }
        }
      }
    }
    for variant in variants where variant.elements.isEmpty || !variant.startsIndexably {
      throw LexiconError(
        file: location.0, line: location.1, message: "a pattern must start with a word, a {class} or {Name}: '\(text)'")
    }
    return variants
  }

  /// Whether the first element is one the pass can look up: a required word, class or name.
  private var startsIndexably: Bool {
    guard let first = elements.first, optional.first == false else { return false }
    switch first {
    case .word, .member, .name: return true
    case .any, .gap: return false
    }
  }
}
