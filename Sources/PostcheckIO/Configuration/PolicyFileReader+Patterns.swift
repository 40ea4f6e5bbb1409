import Foundation
import PostcheckCore
import Yams

/// A custom pattern's examples, checked by `postcheck config check`.
public struct PatternExamples: Sendable {
  public var rule: String
  /// Where the pattern is in the policy file.
  public var line: Int
  public var match: [String] = []
  public var noMatch: [String] = []
}

extension PolicyFileReader {
  static let patternKeys = ["pattern", "ignore_case", "severity", "confidence", "policy", "message", "examples"]

  /// The policy section a custom rule enforces when its entry does not say: its family's.
  static func defaultSection(_ category: PostcheckCore.Category) -> String {
    switch category {
    case .pii: "5"
    case .quality: "6"
    case .conduct: "7"
    case .confidential, .offensive, .work: "7.2"
    }
  }

  /// `patterns:`: rule id → pattern and what its findings say.
  mutating func readPatterns(_ node: Node, into file: inout PolicyFile) {
    let builtIn = Set(known.map(\.id))
    for (id, idNode, value) in pairs(node, "patterns") {
      let family = id.split(separator: ".", maxSplits: 1).first.map(String.init) ?? ""
      guard let category = PostcheckCore.Category(rawValue: family), id.count > family.count + 1,
        id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_" || $0 == ".") })
      else {
        let families = PostcheckCore.Category.allCases.map(\.rawValue).joined(separator: ", ")
        problem(idNode, "'\(id)' must be a rule id of a family (\(families)) and a name: lower case, e.g. confidential.project_names")
        continue
      }
      guard !builtIn.contains(id) else {
        problem(idNode, "'\(id)' is a built-in rule; give the pattern a rule id of its own")
        continue
      }
      var expression: String?
      var ignoresCase = false
      var severity = Severity.medium
      var confidence = 0.9
      var section = Self.defaultSection(category)
      var message: String?
      var examples = PatternExamples(rule: id, line: idNode.mark?.line ?? 1)
      for (key, keyNode, field) in pairs(value, "patterns.\(id)") {
        switch key {
        case "pattern": expression = field.string
        case "ignore_case": ignoresCase = flag(field, "patterns.\(id).ignore_case") ?? ignoresCase
        case "severity":
          guard let level = field.string.flatMap(Severity.init(rawValue:)) else {
            problem(field, "patterns.\(id).severity must be one of info, low, medium, high")
            continue
          }
          severity = level
        case "confidence":
          guard let number = field.float, number > 0, number <= 1 else {
            problem(field, "patterns.\(id).confidence must be a number above 0, at most 1")
            continue
          }
          confidence = number
        case "policy":
          guard let text = field.string, !text.isEmpty else {
            problem(field, "patterns.\(id).policy must be a section of the policy, e.g. \"7.2\"")
            continue
          }
          section = text
        case "message": message = field.string
        case "examples":
          for (kind, kindNode, list) in pairs(field, "patterns.\(id).examples") {
            switch kind {
            case "match": examples.match = strings(list, "patterns.\(id).examples.match")
            case "no_match": examples.noMatch = strings(list, "patterns.\(id).examples.no_match")
            default: problem(kindNode, "unknown key '\(kind)' in patterns.\(id).examples (match, no_match)")
            }
          }
        default:
          problem(keyNode, "unknown key '\(key)' in patterns.\(id) (\(Self.patternKeys.joined(separator: ", ")))")
        }
      }
      guard let expression = compiled(expression, ignoresCase: ignoresCase, at: value, "patterns.\(id).pattern")
      else { continue }
      let text = message ?? "Matches the organisation's pattern \(id) (policy \(section))"
      let rule = Rule(
        id: id, category: category, policy: section, severity: severity, summary: text, message: text)
      file.customPatterns.append(
        CustomPattern(name: id, expression: expression, ignoresCase: ignoresCase, use: .report(rule, confidence: confidence)))
      file.patternExamples.append(examples)
    }
  }

  /// `allow.patterns`: each a pattern, or `{pattern, ignore_case}`.
  mutating func readAllowPatterns(_ node: Node, into file: inout PolicyFile) {
    guard let sequence = node.sequence else {
      problem(node, "allow.patterns must be a list of patterns")
      return
    }
    for (index, item) in sequence.enumerated() {
      var expression = item.string
      var ignoresCase = false
      if item.mapping != nil {
        expression = nil
        for (key, keyNode, field) in pairs(item, "allow.patterns") {
          switch key {
          case "pattern": expression = field.string
          case "ignore_case": ignoresCase = flag(field, "allow.patterns[\(index)].ignore_case") ?? ignoresCase
          default: problem(keyNode, "unknown key '\(key)' in allow.patterns (pattern, ignore_case)")
          }
        }
      }
      guard let expression = compiled(expression, ignoresCase: ignoresCase, at: item, "allow.patterns") else { continue }
      file.customPatterns.append(
        CustomPattern(name: "allow.patterns[\(index)]", expression: expression, ignoresCase: ignoresCase, use: .allow))
    }
  }

  /// A true or false; a problem for anything else (`yes` is not taken for either).
  private mutating func flag(_ node: Node, _ name: String) -> Bool? {
    guard let value = node.bool else {
      problem(node, "\(name) must be true or false")
      return nil
    }
    return value
  }

  /// The expression when it is there and Vectorscan compiles it; a problem otherwise.
  private mutating func compiled(_ expression: String?, ignoresCase: Bool, at node: Node, _ name: String) -> String? {
    guard let expression, !expression.isEmpty else {
      problem(node, "\(name) must be a pattern (Hyperscan syntax: PCRE without look-around or back-references)")
      return nil
    }
    if let message = CustomPattern.problem(in: expression, ignoresCase: ignoresCase) {
      problem(node, "\(name) '\(expression)' does not compile: \(message)")
      return nil
    }
    return expression
  }

  /// `lexicons:`: files, relative to the policy file, each adding entries to
  /// the built-in lexicon its `@name` names, in the same columns.
  mutating func readLexicons(_ node: Node, into file: inout PolicyFile) {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    for (item, name) in zip(node.sequence ?? [], strings(node, "lexicons")) {
      let resolved = name.hasPrefix("/") ? name : folder.appendingPathComponent(name).path
      guard let text = try? String(contentsOfFile: resolved, encoding: .utf8) else {
        problem(item, "lexicon '\(name)' cannot be read (missing, a folder, or not UTF-8)")
        continue
      }
      let lexicon: Lexicon
      do {
        lexicon = try LexiconParser.parse(text, path: resolved)
      } catch {
        problem(item, "lexicon \(error)")
        continue
      }
      guard let builtIn = lexicons.byName[lexicon.name] else {
        let names = lexicons.all.map(\.name).joined(separator: ", ")
        problem(item, "lexicon '\(name)': @name \(lexicon.name) is not a built-in lexicon (one of \(names))")
        continue
      }
      guard lexicon.columns == builtIn.columns else {
        problem(
          item,
          "lexicon '\(name)': its @columns (\(lexicon.columns.joined(separator: " "))) must be those of \(lexicon.name) (\(builtIn.columns.joined(separator: " ")))"
        )
        continue
      }
      file.extraLexicons.append(lexicon)
    }
  }

  /// `locale:`: a BCP 47 tag, `en-GB`.
  mutating func readLocale(_ node: Node, into file: inout PolicyFile) {
    guard let tag = node.string, let locale = PostLocale(tag) else {
      problem(node, "locale must be a language and region, e.g. en-GB, en-IE, en-US")
      return
    }
    file.locale = locale
  }
}
