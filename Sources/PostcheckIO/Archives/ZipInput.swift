import Foundation
import ZIPFoundation

/// Reads the post files of a zip archive (an export as downloaded), entry
/// by entry and each entry in chunks, so memory does not grow with the
/// archive. Media and other members are passed over without unpacking.
///
/// Entries whose path would leave the folder they unpack into, and entries
/// that would unpack to far more than they take (a zip bomb), are refused
/// with an error record; the rest of the archive is still read.
enum ZipInput {
  /// The most an entry may unpack to: larger than any real export file.
  static let largestEntry: UInt64 = 16 << 30
  /// Past this size an entry may not unpack to more than `largestRatio` times what it takes.
  static let ratioCheckedFrom: UInt64 = 64 << 20
  static let largestRatio: UInt64 = 200

  private struct UnpacksTooLarge: Error {}

  /// What the post files of a zip archive unpack to; nil when `zipPath` is not a zip archive.
  static func unpackedSize(zipPath: String, format: InputFormat) -> Int? {
    guard let descriptor = try? openForReading(zipPath) else { return nil }
    var magic = [UInt8](repeating: 0, count: 4)
    let count = read(descriptor, &magic, 4)
    closeDescriptor(descriptor)
    guard count == 4, magic[0] == 0x50, magic[1] == 0x4B,
      let archive = try? Archive(url: URL(fileURLWithPath: zipPath), accessMode: .read, pathEncoding: nil)
    else { return nil }
    var total = 0
    for entry in archive where entry.type == .file && ExportMembers.format(forMember: entry.path, given: format) != nil {
      total += Int(clamping: entry.uncompressedSize)
    }
    return total
  }

  /// The records of the post files of `zipPath`, read as `producer` reads files.
  static func records(
    zipPath: String, format: InputFormat, producer: RecordProducer, _ emit: (InputRecord) throws -> Void
  ) throws {
    let archive: Archive
    do {
      archive = try Archive(url: URL(fileURLWithPath: zipPath), accessMode: .read)
    } catch {
      try emit(
        .failure(id: nil, message: "not a readable zip archive (\(error))", source: SourceLocation(path: zipPath, index: 0)))
      return
    }
    var members = 0
    let longPosts = Self.longPosts(in: archive, format: format)
    for entry in archive where entry.type == .file {
      let source = SourceLocation(path: "\(zipPath)!\(entry.path)", index: 0)
      let opened = try producer.reader(forMember: entry.path, of: zipPath, format: format, longPosts: longPosts, emit)
      if opened.isPostFile { members += 1 }
      guard var reader = opened.reader else { continue }
      let size = entry.uncompressedSize
      if size > largestEntry || (size > ratioCheckedFrom && size / max(entry.compressedSize, 1) > largestRatio) {
        try emit(
          .failure(
            id: nil, message: "refused: the entry would unpack to \(size) bytes from \(entry.compressedSize) (a zip bomb?)",
            source: source))
        continue
      }
      var delivered: UInt64 = 0
      do {
        _ = try archive.extract(entry, bufferSize: 1 << 20, skipCRC32: false) { data in
          delivered += UInt64(data.count)
          producer.progress?.add(data.count)
          // A header may understate what an entry unpacks to.
          if delivered > size { throw UnpacksTooLarge() }
          try data.withUnsafeBytes { try reader.feed($0, emit) }
        }
      } catch is UnpacksTooLarge {
        try emit(.failure(id: nil, message: "refused: the entry unpacks to more than its header says", source: source))
        continue
      } catch let error as Archive.ArchiveError {
        try emit(.failure(id: nil, message: "unreadable entry (\(error))", source: source))
        continue
      }
      try reader.finish(emit)
    }
    if members == 0 { try emit(RecordProducer.noPosts(in: zipPath)) }
  }

  /// The long posts of an X archive's `note-tweet.js`, read ahead of its
  /// tweets; nil when there is none, or it is refused or unreadable (the main pass says so).
  private static func longPosts(in archive: Archive, format: InputFormat) -> XLongPosts? {
    guard
      let entry = archive.first(where: {
        $0.type == .file && RecordProducer.isLongPostFile($0.path) && !ExportMembers.escapes($0.path)
          && ExportMembers.format(forMember: $0.path, given: format) == .x
      }), entry.uncompressedSize <= UInt64(XLongPosts.largestFile)
    else { return nil }
    var bytes: [UInt8] = []
    do {
      _ = try archive.extract(entry, bufferSize: 1 << 20, skipCRC32: false) { data in
        guard bytes.count + data.count <= XLongPosts.largestFile else { throw UnpacksTooLarge() }
        bytes.append(contentsOf: data)
      }
    } catch {
      return nil
    }
    return XLongPosts.read(noteFile: bytes)
  }
}
