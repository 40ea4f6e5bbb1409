import Foundation
import PostcheckCore

/// A batch of records as the reader numbered it.
struct SequencedBatch: Sendable {
  let sequence: Int
  let records: [InputRecord]
}

/// A batch with its screening results (nil for records that are not posts).
struct ScreenedBatch: Sendable {
  let records: [InputRecord]
  let results: [ScreeningResult?]
}

/// Where screening threads leave their batches and the writer takes them
/// back in input order. A thread that runs more than `window` batches
/// ahead of the writer waits, so memory stays bounded however fast it is.
final class OrderedResults: @unchecked Sendable {
  // Every stored property is touched only while `condition` is locked.
  private let condition = NSCondition()
  private var ready: [Int: ScreenedBatch] = [:]
  private var nextToTake = 0
  private var total: Int?
  private var cancelled = false
  private var failure: String?
  private let window: Int

  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  init(window: Int) { self.window = window }

  /// Leaves batch `sequence`; false once the writer has stopped.
  func put(_ sequence: Int, _ batch: ScreenedBatch) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    while sequence >= nextToTake + window && !cancelled { condition.wait() }
    if cancelled { return false }
    ready[sequence] = batch
    condition.broadcast()
    return true
  }

  /// The reader made `total` batches in all.
  func expect(total: Int) {
    condition.lock()
    self.total = total
    condition.broadcast()
    condition.unlock()
  }

  /// A screening thread could not work: the run stops with `message`.
  func fail(_ message: String) {
    condition.lock()
    failure = message
    condition.broadcast()
    condition.unlock()
  }

  /// Batch `sequence`, waiting for it; nil after the last one.
  func take(_ sequence: Int) throws -> ScreenedBatch? {
    condition.lock()
    defer { condition.unlock() }
    while ready[sequence] == nil && failure == nil && !(total.map { sequence >= $0 } ?? false) { condition.wait() }
    if let failure { throw Failure(description: failure) }
    guard let batch = ready.removeValue(forKey: sequence) else { return nil }
    nextToTake = sequence + 1
    condition.broadcast()
    return batch
  }

  /// The writer stopped (a closed pipe): screening threads should stop too.
  func cancel() {
    condition.lock()
    cancelled = true
    ready.removeAll()
    condition.broadcast()
    condition.unlock()
  }
}
