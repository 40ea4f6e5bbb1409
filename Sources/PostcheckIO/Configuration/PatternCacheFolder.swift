import Foundation
import PostcheckCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Compiled pattern databases and the built offensive lexicon kept in a
/// cache folder, so that start-up loads them instead of building them
/// again: `$POSTCHECK_CACHE_DIR`,
/// else `$XDG_CACHE_HOME/postcheck`, else `~/.cache/postcheck`. Only a
/// cache: a folder that cannot be made or written, or a damaged file, costs
/// a compile and nothing else. `POSTCHECK_NO_CACHE=1` turns it off.
public struct PatternCacheFolder: PatternDatabaseStore {
  public let folder: String

  public init(folder: String) { self.folder = folder }

  /// The folder the environment names; nil when the cache is off or no folder can be named.
  public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment)
    -> PatternCacheFolder?
  {
    if let off = environment["POSTCHECK_NO_CACHE"], !off.isEmpty, off != "0" { return nil }
    if let folder = environment["POSTCHECK_CACHE_DIR"], !folder.isEmpty { return PatternCacheFolder(folder: folder) }
    if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
      return PatternCacheFolder(folder: cache + "/postcheck")
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return PatternCacheFolder(folder: home + "/.cache/postcheck")
  }

  /// Files of one kind kept at most (the newest): every build of postcheck,
  /// and every allowlist of a policy file, has a lexicon of its own.
  public static let keptPerKind = 4

  private func path(_ key: String) -> String { "\(folder)/\(key)" }

  public func load(key: String) -> [UInt8]? {
    FileManager.default.contents(atPath: path(key)).map { [UInt8]($0) }
  }

  public func save(_ bytes: [UInt8], key: String) {
    // Written beside and renamed: a reader never sees half a file, and
    // two runs saving at once both leave a whole one.
    let temporary = "\(folder)/.\(key)-\(ProcessInfo.processInfo.processIdentifier).tmp"
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try Data(bytes).write(to: URL(fileURLWithPath: temporary))
      if rename(temporary, path(key)) != 0 { try? FileManager.default.removeItem(atPath: temporary) }
    } catch {
      try? FileManager.default.removeItem(atPath: temporary)
    }
    removeOldFiles(like: key)
  }

  /// Removes all but the newest `keptPerKind` files whose names start as
  /// `key`'s does up to its last `-` (`offensive-lexicon-`).
  private func removeOldFiles(like key: String) {
    guard let dash = key.lastIndex(of: "-") else { return }
    let kind = key[...dash]
    let manager = FileManager.default
    guard let names = try? manager.contentsOfDirectory(atPath: folder) else { return }
    let dated = names.filter { $0.hasPrefix(kind) }.map { name in
      (name, (try? manager.attributesOfItem(atPath: "\(folder)/\(name)")[.modificationDate] as? Date) ?? .distantPast)
    }
    for (name, _) in dated.sorted(by: { $0.1 > $1.1 }).dropFirst(Self.keptPerKind) {
      try? manager.removeItem(atPath: "\(folder)/\(name)")
    }
  }
}
