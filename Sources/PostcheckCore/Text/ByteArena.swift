/// A growable byte buffer that the tokenizer writes normalised forms into.
///
/// Forms are referred to by `FormRef` (offset and length), never by pointer,
/// because growing the arena moves it. Clearing keeps the capacity, so a
/// screener that is reused post after post stops allocating once warmed up.
public final class ByteArena {
  // Exclusivity is never at risk here (no accessor yields while another runs),
  // and the dynamic check would cost more than the byte copy it guards.
  @exclusivity(unchecked) private var storage: UnsafeMutablePointer<UInt8>
  @exclusivity(unchecked) private var capacity: Int
  /// Bytes in use.
  @exclusivity(unchecked) public private(set) var count = 0

  public init(capacity: Int = 4096) {
    self.capacity = max(capacity, 64)
    storage = .allocate(capacity: self.capacity)
  }

  deinit { storage.deallocate() }

  /// Forgets the contents, keeping the memory.
  public func removeAll() { count = 0 }

  /// Makes room for `extra` more bytes without moving again.
  @inline(__always)
  func reserve(_ extra: Int) {
    if count + extra > capacity { grow(to: count + extra) }
  }

  private func grow(to needed: Int) {
    var next = capacity * 2
    while next < needed { next *= 2 }
    let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: next)
    bigger.initialize(from: storage, count: count)
    storage.deallocate()
    storage = bigger
    capacity = next
  }

  @inline(__always)
  func append(_ byte: UInt8) {
    reserve(1)
    storage[count] = byte
    count += 1
  }

  func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
    reserve(bytes.count)
    (storage + count).initialize(from: source, count: bytes.count)
    count += bytes.count
  }

  /// Copies a form already in the arena to its end (the copy may then be edited).
  /// Appends `bytes` and returns where they are.
  func appendBytes(_ bytes: [UInt8]) -> FormRef {
    let start = count
    bytes.withUnsafeBufferPointer { append($0) }
    return FormRef(offset: start, count: bytes.count)
  }

  func appendCopy(of form: FormRef) -> FormRef {
    let start = count
    reserve(form.count)
    (storage + count).update(from: storage + form.offset, count: form.count)
    count += form.count
    return FormRef(offset: start, count: form.count)
  }

  /// Lets `write` fill up to `room` bytes at the end; it returns how many it wrote.
  func appendWriting(room: Int, _ write: (UnsafeMutablePointer<UInt8>, Int) -> Int) -> Int {
    reserve(room)
    let written = write(storage + count, room)
    if written > 0 && written <= room { count += written }
    return written
  }

  /// Room for `room` bytes at the end, to be written and then kept with
  /// `commit` (or abandoned). Valid until the next append.
  @inline(__always)
  func tail(reserving room: Int) -> UnsafeMutablePointer<UInt8> {
    reserve(room)
    return storage + count
  }

  /// Keeps `written` bytes written through `tail(reserving:)`.
  @inline(__always)
  func commit(_ written: Int) { count += written }

  /// A form's first and last eight bytes as two words (zero beyond a short
  /// form), read with whole-word loads where the arena's memory allows:
  /// a cheap fingerprint of a word for prefilters.
  @inline(__always)
  func wordPair(_ form: FormRef) -> (first: UInt64, last: UInt64) {
    let start = form.offset
    let count = form.count
    if count >= 8 {
      let first = UnsafeRawPointer(storage + start).loadUnaligned(as: UInt64.self)
      let last = UnsafeRawPointer(storage + start + count - 8).loadUnaligned(as: UInt64.self)
      return (first, last)
    }
    var word: UInt64 = 0
    if start + 8 <= capacity {
      // Little-endian: the form's bytes are the low ones; the rest are masked off.
      word = UnsafeRawPointer(storage + start).loadUnaligned(as: UInt64.self) & ((1 << UInt64(count * 8)) &- 1)
    } else {
      for index in 0..<count { word |= UInt64(storage[start + index]) << UInt64(index * 8) }
    }
    return (word, 0)
  }

  /// The bytes of a form. Valid until the next append.
  @inline(__always)
  public func bytes(_ form: FormRef) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: storage + form.offset, count: form.count)
  }

  @inline(__always)
  subscript(index: Int) -> UInt8 {
    get { storage[index] }
    set { storage[index] = newValue }
  }

  /// Drops bytes from the end (used when a tentative form turns out unneeded).
  func truncate(to newCount: Int) { count = min(count, newCount) }
}

/// Where a normalised form lives in a `ByteArena`. Stored in 32 bits each
/// (posts are at most 64 MiB) to keep `Token` small: tokens are copied often.
public struct FormRef: Sendable, Equatable {
  private var storedOffset: Int32
  private var storedCount: Int32

  public init(offset: Int, count: Int) {
    storedOffset = Int32(truncatingIfNeeded: offset)
    storedCount = Int32(truncatingIfNeeded: count)
  }

  public var offset: Int { Int(storedOffset) }
  public var count: Int { Int(storedCount) }

  public static var absent: FormRef { FormRef(offset: 0, count: -1) }

  public var isAbsent: Bool { storedCount < 0 }
}
