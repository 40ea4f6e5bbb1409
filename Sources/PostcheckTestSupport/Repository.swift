import Foundation

/// The checkout the tests run from, for its fixtures, examples and docs:
/// found from this file's own place (`Sources/PostcheckTestSupport/`).
public enum Repository {
  public static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// A file or folder by its path from the root: `Fixtures/golden`.
  public static func path(_ relative: String) -> URL { root.appendingPathComponent(relative) }
}
