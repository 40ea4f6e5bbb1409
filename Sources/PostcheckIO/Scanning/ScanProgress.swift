import Foundation
import Synchronization

/// How far a scan has read, shared by the reader thread (which counts
/// bytes) and the writer (which draws the progress line on a terminal).
public final class ScanProgress: Sendable {
  /// Bytes of input read so far (unpacked bytes, for archive entries).
  private let read = Atomic<Int>(0)
  /// Bytes the inputs hold in all (unpacked, for archives), when known.
  public let total: Int?
  public let started = ScanProgress.now()

  public init(total: Int?) { self.total = total }

  func add(_ bytes: Int) { read.add(bytes, ordering: .relaxed) }

  public var bytesRead: Int { read.load(ordering: .relaxed) }

  public static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// What the inputs hold: file sizes, and the unpacked sizes of the post files of zip archives.
  public static func totalSize(of paths: [String], format: InputFormat) -> Int? {
    var total = 0
    for path in paths {
      if path == "-" { return nil }
      if isDirectory(path) {
        for file in RecordProducer.filesToRead(inFolder: path, format: format) { total += fileSize(file.path) }
      } else if let unpacked = ZipInput.unpackedSize(zipPath: path, format: format) {
        total += unpacked
      } else {
        total += fileSize(path)
      }
    }
    return total
  }

  private static func fileSize(_ path: String) -> Int {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : 0
  }
}

/// The line a terminal shows while a scan runs, and the summary after it.
struct ProgressLine {
  let progress: ScanProgress
  private var lastDrawn = 0.0

  init(progress: ScanProgress) { self.progress = progress }

  /// Redraws at most five times a second.
  mutating func draw(posts: Int, final: Bool = false) {
    let now = ScanProgress.now()
    guard final || now - lastDrawn >= 0.2 else { return }
    lastDrawn = now
    let elapsed = max(now - progress.started, 0.001)
    let read = progress.bytesRead
    let rate = Double(read) / 1e6 / elapsed
    var line = "\r\u{1B}[2K\(Self.megabytes(read))"
    if let total = progress.total, total > 0 {
      let fraction = min(Double(read) / Double(total), 1)
      let width = 24
      let filled = Int(fraction * Double(width))
      line += " of \(Self.megabytes(total)) [\(String(repeating: "#", count: filled))\(String(repeating: ".", count: width - filled))]"
      if rate > 0 && fraction < 1 { line += " \(Self.duration(Double(total - read) / 1e6 / rate)) left" }
    }
    line += ", \(posts) posts, \(String(format: "%.1f", rate)) MB/s"
    if final { line = "\r\u{1B}[2K" }
    line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
  }

  static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }

  static func duration(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded())
    return whole >= 60 ? "\(whole / 60)m\(String(format: "%02d", whole % 60))s" : "\(whole)s"
  }
}
