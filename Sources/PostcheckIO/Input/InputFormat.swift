/// How an input's bytes divide into posts.
public enum InputFormat: String, Sendable, CaseIterable {
  /// Detect from the name (`.jsonl`, `.ndjson`) and the first byte (`{`).
  case auto
  /// The whole input is one post (a draft).
  case text
  /// Each non-blank line is a post.
  case lines
  /// One JSON object per line (`--text-field`, `--id-field`).
  case jsonl

  /// Resolves `auto` from a file name and the input's first bytes.
  public func resolved(path: String, firstBytes: ArraySlice<UInt8>) -> InputFormat {
    guard self == .auto else { return self }
    let lowered = path.lowercased()
    if lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") { return .jsonl }
    if lowered.hasSuffix(".txt") || lowered.hasSuffix(".md") { return .text }
    let first = firstBytes.first { !(($0 == 0x20) || ($0 == 0x09) || ($0 == 0x0A) || ($0 == 0x0D)) }
    return first == UInt8(ascii: "{") ? .jsonl : .text
  }
}
