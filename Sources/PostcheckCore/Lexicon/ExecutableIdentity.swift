#if canImport(Glibc)
  import Glibc
#endif

/// Which build of postcheck is running: its executable's path, size,
/// modification time and inode. What a build keeps in a cache in its own
/// layout is read back only by the same build: rebuilt, the executable
/// changes, and so does every key naming it.
enum ExecutableIdentity {
  /// Nil where the executable cannot be named (no `/proc`): nothing is then cached.
  static let current: String? = {
    #if os(Linux)
      var path = [CChar](repeating: 0, count: 4096)
      let length = readlink("/proc/self/exe", &path, path.count - 1)
      guard length > 0 else { return nil }
      var info = stat()
      guard stat(path, &info) == 0 else { return nil }
      let name = String(decoding: path[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      return "\(name) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ino)"
    #else
      return nil
    #endif
  }()
}
