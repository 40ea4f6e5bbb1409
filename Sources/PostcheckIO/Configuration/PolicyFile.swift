import Foundation
import PostcheckCore
import Yams

/// The organisation's policy file (`postcheck.yaml`): who the organisation
/// is, which rules report and how severely, the verdict thresholds, what is
/// allowed, its own patterns and lexicon entries, the phone region and
/// locale. Everything is optional; a missing key keeps the built-in
/// default. See `docs/policy-file.md`.
public struct PolicyFile: Sendable {
  public var path: String
  public var organisation: OrganisationProfile?
  public var rules = RuleSettings()
  public var reviewThreshold: Double?
  public var blockThreshold: Double?
  public var allowed: [String] = []
  public var phoneRegion: String?
  public var locale: PostLocale?
  /// `patterns` (each its own rule) and `allow.patterns`, in file order.
  public var customPatterns: [CustomPattern] = []
  public var patternExamples: [PatternExamples] = []
  /// Entries added to built-in lexicons, one file each.
  public var extraLexicons: [Lexicon] = []

  /// The rules the file's patterns report.
  public var customRules: [Rule] {
    customPatterns.compactMap { pattern in
      if case .report(let rule, _) = pattern.use { rule } else { nil }
    }
  }

  /// One thing wrong with a policy file, where it is.
  public struct Problem: Error, CustomStringConvertible, Equatable, Sendable {
    public let path: String
    public let line: Int
    public let column: Int
    public let message: String
    public var description: String { "\(path):\(line):\(column): \(message)" }
  }

  /// Everything wrong with a policy file, one line each.
  public struct Problems: Error, CustomStringConvertible, Sendable {
    public let problems: [Problem]
    public var description: String { problems.map(\.description).joined(separator: "\n") }
  }

  /// The names looked for, in each folder from the current one up to the root.
  public static let names = ["postcheck.yaml", "postcheck.yml", ".postcheck.yaml"]

  /// The nearest policy file at or above `folder`, if any.
  public static func discover(from folder: String) -> String? {
    var current = URL(fileURLWithPath: folder).standardizedFileURL
    while true {
      for name in names {
        let candidate = current.appendingPathComponent(name).path
        if FileManager.default.fileExists(atPath: candidate) && !isDirectory(candidate) { return candidate }
      }
      let parent = current.deletingLastPathComponent()
      if parent.path == current.path { return nil }
      current = parent
    }
  }

  /// Reads and checks a policy file against the rules and lexicons there are.
  public static func load(_ path: String, rules known: [Rule], lexicons: LexiconSet) throws(Problems) -> PolicyFile {
    let text: String
    do {
      text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw Problems(problems: [Problem(path: path, line: 1, column: 1, message: "cannot read (missing, a folder, or not UTF-8)")])
    }
    return try parse(text, path: path, rules: known, lexicons: lexicons)
  }

  /// `lexicons`: the built-in ones, which extra lexicons must extend.
  public static func parse(
    _ text: String, path: String, rules known: [Rule], lexicons: LexiconSet
  ) throws(Problems) -> PolicyFile {
    var reader = PolicyFileReader(path: path, known: known, lexicons: lexicons)
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw Problems(problems: [reader.problem(for: error)])
    } catch {
      throw Problems(problems: [Problem(path: path, line: 1, column: 1, message: "not YAML: \(error)")])
    }
    var file = PolicyFile(path: path)
    if let root { reader.read(root, into: &file) }
    if !reader.problems.isEmpty { throw Problems(problems: reader.problems) }
    return file
  }
}

/// Walks a policy file's YAML nodes, collecting every problem with its place.
struct PolicyFileReader {
  let path: String
  /// The built-in rules, then (once `patterns` is read) the file's own.
  var known: [Rule]
  let lexicons: LexiconSet
  var problems: [PolicyFile.Problem] = []

  static let topKeys = [
    "version", "organisation", "rules", "thresholds", "allow", "patterns", "lexicons", "phone_region", "locale",
  ]

  static let organisationKeys = ["names", "handles", "hashtags", "domains", "products", "sites", "roles", "people"]

  mutating func problem(_ node: Node?, _ message: String) {
    problems.append(
      PolicyFile.Problem(path: path, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1, message: message))
  }

  mutating func problem(for error: YamlError) -> PolicyFile.Problem {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
      return PolicyFile.Problem(path: path, line: mark.line, column: mark.column, message: "not valid YAML: \(problem)")
    default:
      return PolicyFile.Problem(path: path, line: 1, column: 1, message: "not valid YAML: \(error)")
    }
  }

  /// The pairs of a mapping, each key a string; a problem for anything else.
  mutating func pairs(_ node: Node, _ name: String) -> [(key: String, keyNode: Node, value: Node)] {
    guard let mapping = node.mapping else {
      problem(node, "\(name) must be a mapping of keys to values")
      return []
    }
    return mapping.compactMap { key, value in
      guard let string = key.string else {
        problem(key, "keys of \(name) must be words")
        return nil
      }
      return (string, key, value)
    }
  }

  mutating func strings(_ node: Node, _ name: String) -> [String] {
    guard let sequence = node.sequence else {
      problem(node, "\(name) must be a list, e.g. [a, b] or one '- item' per line")
      return []
    }
    return sequence.compactMap { item in
      guard let string = item.string, !string.trimmingCharacters(in: .whitespaces).isEmpty else {
        problem(item, "items of \(name) must be non-empty text")
        return nil
      }
      return string
    }
  }

  mutating func read(_ root: Node, into file: inout PolicyFile) {
    let entries = pairs(root, "the policy file")
    // Patterns first: `rules.disabled` and `rules.severity` may name their rules.
    for (key, _, value) in entries where key == "patterns" {
      readPatterns(value, into: &file)
      known += file.customRules
    }
    for (key, keyNode, value) in entries {
      switch key {
      case "patterns": continue
      case "lexicons": readLexicons(value, into: &file)
      case "locale": readLocale(value, into: &file)
      case "version":
        if value.int != 1 { problem(value, "version must be 1 (the only version this postcheck reads)") }
      case "organisation", "organization":
        var profile = OrganisationProfile()
        for (field, fieldNode, list) in pairs(value, key) {
          let items = strings(list, "\(key).\(field)")
          switch field {
          case "names": profile.names = items
          case "handles": profile.handles = items.map { $0.hasPrefix("@") ? $0 : "@" + $0 }
          case "hashtags": profile.hashtags = items.map { $0.hasPrefix("#") ? $0 : "#" + $0 }
          case "domains": profile.domains = items.map { $0.lowercased() }
          case "products": profile.products = items
          case "sites": profile.sites = items
          case "roles": profile.roles = items
          case "people": profile.people = items
          default:
            problem(fieldNode, "unknown key '\(field)' in \(key) (one of \(Self.organisationKeys.joined(separator: ", ")))")
          }
        }
        if profile.ownNames.isEmpty { problem(value, "\(key) must name the organisation (names, handles, products…)") }
        file.organisation = profile
      case "rules":
        readRules(value, into: &file)
      case "thresholds":
        for (name, nameNode, number) in pairs(value, "thresholds") {
          guard let threshold = number.float, (0...1).contains(threshold) else {
            problem(number, "thresholds.\(name) must be a number from 0 to 1")
            continue
          }
          switch name {
          case "review": file.reviewThreshold = threshold
          case "block": file.blockThreshold = threshold
          default: problem(nameNode, "unknown threshold '\(name)' (review or block)")
          }
        }
        if let review = file.reviewThreshold, let block = file.blockThreshold, review > block {
          problem(value, "thresholds.review (\(review)) must not be above thresholds.block (\(block))")
        }
      case "allow":
        for (name, nameNode, list) in pairs(value, "allow") {
          switch name {
          case "phrases": file.allowed = strings(list, "allow.phrases")
          case "patterns": readAllowPatterns(list, into: &file)
          default: problem(nameNode, "unknown key '\(name)' in allow (phrases, patterns)")
          }
        }
      case "phone_region":
        guard let region = value.string?.uppercased(), region.count == 2, PhoneDetector.isSupported(region: region) else {
          problem(value, "phone_region must be two letters libphonenumber knows (GB, IE, US…)")
          continue
        }
        file.phoneRegion = region
      default:
        problem(keyNode, "unknown key '\(key)' (\(Self.topKeys.joined(separator: ", ")))")
      }
    }
  }

  mutating func readRules(_ node: Node, into file: inout PolicyFile) {
    let ids = Set(known.map(\.id))
    func check(_ id: String, _ at: Node) -> Bool {
      if ids.contains(id) { return true }
      let near = known.map(\.id).filter { $0.hasPrefix(id.split(separator: ".").first.map(String.init) ?? id) }
      problem(at, "'\(id)' is not a rule\(near.isEmpty ? " (postcheck rules lists them)" : "; did you mean one of \(near.joined(separator: ", "))?")")
      return false
    }
    for (key, keyNode, value) in pairs(node, "rules") {
      switch key {
      case "disabled":
        guard let sequence = value.sequence else {
          problem(value, "rules.disabled must be a list of rule ids")
          continue
        }
        for item in sequence {
          guard let id = item.string else {
            problem(item, "rules.disabled must be a list of rule ids")
            continue
          }
          // A family switches off all its rules: `offensive` or `pii.bank`.
          let family = known.filter { $0.id.hasPrefix(id + ".") }.map(\.id)
          if !family.isEmpty {
            file.rules.disabled.formUnion(family)
          } else if check(id, item) {
            file.rules.disabled.insert(id)
          }
        }
      case "severity":
        for (id, idNode, level) in pairs(value, "rules.severity") {
          guard check(id, idNode) else { continue }
          guard let name = level.string, let severity = Severity(rawValue: name) else {
            problem(level, "rules.severity.\(id) must be one of info, low, medium, high")
            continue
          }
          file.rules.severities[id] = severity
        }
      default:
        problem(keyNode, "unknown key '\(key)' in rules (disabled, severity)")
      }
    }
  }
}
