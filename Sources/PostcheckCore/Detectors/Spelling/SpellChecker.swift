import CHunspell
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A Hunspell dictionary shared by every screener: one copy in memory (the
/// en-GB dictionary is some 20 MB loaded), behind a lock because a Hunspell
/// handle is not thread-safe. Screeners keep their own cache of answers
/// (`SpellingCache`), so the lock is taken only for words not seen before.
public final class SpellChecker: Sendable {
  // Used only under `lock`, and destroyed once at deinit: safe to share.
  nonisolated(unsafe) private let handle: OpaquePointer
  private let lock = Mutex(())
  /// Where the dictionary was loaded from, for messages.
  public let path: String

  /// Folders searched for `en_GB.aff` and `en_GB.dic` when no path is given:
  /// where Debian/Ubuntu, Homebrew and MacPorts put Hunspell dictionaries.
  public static let searchPaths = [
    "/usr/share/hunspell", "/usr/share/myspell", "/usr/share/myspell/dicts", "/opt/homebrew/share/hunspell",
    "/usr/local/share/hunspell", "/opt/local/share/hunspell",
  ]

  /// Loads `language` (`en_GB`) from `folder`, or from the first of
  /// `searchPaths` that has it; nil when none has.
  public init?(language: String = "en_GB", folder: String? = nil) {
    for candidate in folder.map({ [$0] }) ?? Self.searchPaths {
      let aff = "\(candidate)/\(language).aff"
      let dic = "\(candidate)/\(language).dic"
      guard Self.isReadable(aff), Self.isReadable(dic), let created = Hunspell_create(aff, dic) else { continue }
      handle = created
      path = dic
      return
    }
    return nil
  }

  deinit { Hunspell_destroy(handle) }

  /// Whether Hunspell accepts the UTF-8 word.
  public func isCorrect(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    withUnsafeTemporaryAllocation(of: CChar.self, capacity: word.count + 1) { buffer in
      for (index, byte) in word.enumerated() { buffer[index] = CChar(bitPattern: byte) }
      buffer[word.count] = 0
      guard let text = buffer.baseAddress else { return true }
      return lock.withLock { _ in Hunspell_spell(handle, text) != 0 }
    }
  }

  /// Up to `limit` suggestions for a misspelt word. Slow (tens of
  /// milliseconds): for reports, never for screening.
  public func suggestions(for word: String, limit: Int = 3) -> [String] {
    lock.withLock { _ in
      var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
      let count = Int(Hunspell_suggest(handle, &list, word))
      defer { Hunspell_free_list(handle, &list, Int32(count)) }
      guard let list else { return [] }
      return (0..<min(count, limit)).compactMap { list[$0].map { String(cString: $0) } }
    }
  }

  private static func isReadable(_ path: String) -> Bool {
    path.withCString { access($0, R_OK) == 0 }
  }
}
