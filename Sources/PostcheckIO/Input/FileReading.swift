import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file descriptor in large chunks, handing each to `body`.
public func readChunks(
  descriptor: Int32, chunkSize: Int = 1 << 20, _ body: (UnsafeRawBufferPointer) throws -> Void
) throws {
  let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
  defer { buffer.deallocate() }
  while true {
    let count = read(descriptor, buffer.baseAddress, chunkSize)
    if count < 0 {
      if errno == EINTR { continue }
      throw InputError(message: String(cString: strerror(errno)))
    }
    if count == 0 { return }
    try body(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
  }
}

/// A whole input could not be read (missing file, permission, I/O error).
public struct InputError: Error, CustomStringConvertible {
  public let message: String
  public var description: String { message }
}

/// Opens a file for reading, with a message naming the problem.
public func openForReading(_ path: String) throws -> Int32 {
  let descriptor = open(path, O_RDONLY)
  guard descriptor >= 0 else { throw InputError(message: String(cString: strerror(errno)).lowercased()) }
  return descriptor
}

/// Whether a path is a directory.
public func isDirectory(_ path: String) -> Bool {
  var info = stat()
  return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
}

/// The regular files below a directory, sorted, skipping hidden entries.
public func filesBelow(_ directory: String) -> [String] {
  guard let handle = opendir(directory) else { return [] }
  defer { closedir(handle) }
  var files: [String] = []
  while let entry = readdir(handle) {
    let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
      String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
    }
    if name.hasPrefix(".") { continue }
    let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
    if isDirectory(path) { files.append(contentsOf: filesBelow(path)) } else { files.append(path) }
  }
  return files.sorted()
}

/// Whether standard output / input is a terminal.
public func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

/// Writes one line to standard error.
public func printError(_ message: String) {
  var line = message + "\n"
  line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}

/// Closes a descriptor (named apart from `close` to keep call sites clear).
@discardableResult
public func closeDescriptor(_ descriptor: Int32) -> Int32 { close(descriptor) }

/// A whole draft (`-`: standard input) as bytes, with a message naming the path when it cannot be read.
public func readAllBytes(_ path: String) throws -> [UInt8] {
  let descriptor: Int32
  if path == "-" {
    descriptor = 0
  } else {
    guard !isDirectory(path) else { throw InputError(message: "\(path): a folder, not a draft") }
    do {
      descriptor = try openForReading(path)
    } catch {
      throw InputError(message: "\(path): \(error)")
    }
  }
  defer { if descriptor != 0 { closeDescriptor(descriptor) } }
  var bytes: [UInt8] = []
  try readChunks(descriptor: descriptor) { bytes.append(contentsOf: $0) }
  return bytes
}

/// A small text file whole (option files such as `--allow-file`), as UTF-8.
public func readTextFile(_ path: String) throws -> String {
  do {
    return try String(contentsOfFile: path, encoding: .utf8)
  } catch {
    throw InputError(message: "\(path): cannot read (\(isDirectory(path) ? "a folder" : "missing, unreadable or not UTF-8"))")
  }
}

/// A whole file's bytes when it can be read and is no larger than `largest`; nil otherwise
/// (for a file read ahead of the main pass, which reports any problem with it).
func readWholeFile(_ path: String, largest: Int) -> [UInt8]? {
  var info = stat()
  guard stat(path, &info) == 0, Int(info.st_size) <= largest else { return nil }
  return try? readAllBytes(path)
}
