import Foundation
import PostcheckCore

/// Findings a team has reviewed and accepted, so that a scan reports only
/// new ones. Each is known by a fingerprint of its rule, its matched text
/// (case and runs of white space folded) and its post (the post's id, else
/// its file and record number): not by line numbers, so edits elsewhere do
/// not revive it, and not by inline comments, which would be published.
public struct Baseline: Sendable {
  public private(set) var fingerprints: Set<String>

  public init(fingerprints: Set<String> = []) { self.fingerprints = fingerprints }

  public static func fingerprint(rule: String, text: String, post: String) -> String {
    let folded = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in "\(rule)\u{0}\(folded)\u{0}\(post)".utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// What names a post in a fingerprint.
  static func post(id: String?, source: SourceLocation) -> String { id ?? "\(source.path)#\(source.index)" }

  /// The fingerprints of a post's findings.
  static func fingerprints(of findings: [Finding], text: [UInt8], post: String) -> [String] {
    findings.map { finding in
      let matched = text[finding.start..<finding.end]
      return fingerprint(rule: finding.rule.id, text: String(decoding: matched, as: UTF8.self), post: post)
    }
  }

  public mutating func insert(_ fingerprint: String) { fingerprints.insert(fingerprint) }

  public func contains(_ fingerprint: String) -> Bool { fingerprints.contains(fingerprint) }

  /// Reads a baseline file written by `--write-baseline`.
  public static func read(_ path: String) throws -> Baseline {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw InputError(message: "\(path): cannot read the baseline (\(isDirectory(path) ? "a folder" : "missing or unreadable"))")
    }
    guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      object["schema"] as? Int == 1, let entries = object["findings"] as? [[String: Any]]
    else {
      throw InputError(message: "\(path): not a postcheck baseline (expected {\"schema\":1,\"findings\":[…]})")
    }
    var baseline = Baseline()
    for (index, entry) in entries.enumerated() {
      guard let fingerprint = entry["fingerprint"] as? String else {
        throw InputError(message: "\(path): finding \(index) has no fingerprint")
      }
      baseline.insert(fingerprint)
    }
    return baseline
  }

  /// One accepted finding, as written to a baseline file.
  struct Entry {
    let fingerprint: String
    let rule: String
    let post: String
    let text: String
  }

  /// Writes `entries` as a baseline file, sorted so that it diffs well under version control.
  static func write(_ entries: [Entry], to path: String) throws {
    let sorted = entries.sorted { ($0.post, $0.rule, $0.fingerprint) < ($1.post, $1.rule, $1.fingerprint) }
    var seen: Set<String> = []
    let findings: [[String: Any]] = sorted.compactMap { entry in
      guard seen.insert(entry.fingerprint).inserted else { return nil }
      return ["fingerprint": entry.fingerprint, "rule": entry.rule, "post": entry.post, "text": entry.text]
    }
    let object: [String: Any] = ["schema": 1, "tool": "postcheck", "findings": findings]
    let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    do {
      try (data + Data("\n".utf8)).write(to: URL(fileURLWithPath: path))
    } catch {
      throw InputError(message: "\(path): cannot write the baseline")
    }
  }
}
