import ICUShim

/// Errors raised while setting up the ICU-backed text machinery.
public struct ICUError: Error, CustomStringConvertible, Sendable {
  public let description: String
}

/// One thread's handle on ICU: break iterator, normalisers and spoof checker. Confined to the thread that uses it (not `Sendable`).
final class ICUText {
  private let context: OpaquePointer
  private var triples: [Int32] = []

  init() throws(ICUError) {
    var message = [CChar](repeating: 0, count: 256)
    guard let context = icushim_create(&message, Int32(message.count)) else {
      let bytes = message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
      throw ICUError(description: "cannot initialise ICU: \(String(decoding: bytes, as: UTF8.self))")
    }
    self.context = context
  }

  deinit { icushim_destroy(context) }

  /// Calls `body` with each word-like segment of `text` (UTF-16 unit range and ICU word kind).
  func forEachWord(in text: UnsafeBufferPointer<UInt16>, _ body: (Int, Int, Int32) -> Void) {
    let needed = max(3 * text.count, 3)
    if triples.count < needed { triples = [Int32](repeating: 0, count: needed) }
    let count = triples.withUnsafeMutableBufferPointer { out in
      Int(icushim_words(context, text.baseAddress, Int32(text.count), out.baseAddress, Int32(out.count / 3)))
    }
    for index in 0..<max(count, 0) {
      body(Int(triples[3 * index]), Int(triples[3 * index + 1]), triples[3 * index + 2])
    }
  }

  /// NFKC_Casefold of UTF-16 `text`, appended to `arena` as UTF-8.
  func appendFolded(_ text: UnsafeBufferPointer<UInt16>, to arena: ByteArena) -> FormRef {
    append(to: arena, estimate: text.count * 3 + 8) { output, capacity in
      icushim_fold(context, text.baseAddress, Int32(text.count), output, capacity)
    }
  }

  /// Accent folding (é→e, ø→o) of a form, appended to `arena`.
  func appendASCIIFolded(_ form: FormRef, in arena: ByteArena) -> FormRef {
    append(to: arena, estimate: form.count * 2 + 8) { output, capacity in
      let source = arena.bytes(form)
      return icushim_ascii_fold(context, source.baseAddress, Int32(source.count), output, capacity)
    }
  }

  /// UTS #39 confusable skeleton of a form, appended to `arena`.
  func appendSkeleton(_ form: FormRef, in arena: ByteArena) -> FormRef {
    append(to: arena, estimate: form.count * 3 + 8) { output, capacity in
      let source = arena.bytes(form)
      return icushim_skeleton(context, source.baseAddress, Int32(source.count), output, capacity)
    }
  }

  /// Runs a C conversion that writes UTF-8 and returns the length it needed;
  /// reserves the room first (the source may move when the arena grows) and
  /// retries once with the size the conversion asked for.
  private func append(
    to arena: ByteArena, estimate: Int,
    _ convert: (UnsafeMutablePointer<UInt8>, Int32) -> Int32
  ) -> FormRef {
    var room = estimate
    for _ in 0..<2 {
      arena.reserve(room)
      let start = arena.count
      let written = arena.appendWriting(room: room) { output, capacity in
        Int(convert(output, Int32(capacity)))
      }
      if written < 0 { return .absent }
      if written <= room { return FormRef(offset: start, count: written) }
      room = written
    }
    return .absent
  }
}
