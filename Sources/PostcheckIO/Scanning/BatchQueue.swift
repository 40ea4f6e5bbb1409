import Foundation

/// A bounded queue of record batches between the reader thread and the
/// screening thread. Bounded, so a fast reader cannot fill memory; batched,
/// so the threads meet once per few hundred records rather than per record.
final class BatchQueue<Element: Sendable>: @unchecked Sendable {
  // Every stored property is touched only while `condition` is locked.
  private let condition = NSCondition()
  private var batches: [[Element]] = []
  private var finished = false
  private var cancelled = false
  private let capacity: Int

  init(capacity: Int) { self.capacity = capacity }

  /// Adds a batch, waiting while the queue is full. False once cancelled.
  func push(_ batch: [Element]) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    while batches.count >= capacity && !cancelled { condition.wait() }
    if cancelled { return false }
    batches.append(batch)
    condition.broadcast()
    return true
  }

  /// No more batches will come.
  func finish() {
    condition.lock()
    finished = true
    condition.broadcast()
    condition.unlock()
  }

  /// The consumer has stopped (a closed pipe): the producer should stop too.
  func cancel() {
    condition.lock()
    cancelled = true
    batches.removeAll()
    condition.broadcast()
    condition.unlock()
  }

  /// The next batch, waiting for one; nil when finished and drained, or cancelled.
  func pop() -> [Element]? {
    condition.lock()
    defer { condition.unlock() }
    while batches.isEmpty && !finished && !cancelled { condition.wait() }
    if batches.isEmpty { return nil }
    let batch = batches.removeFirst()
    condition.broadcast()
    return batch
  }
}

/// The producer learnt that the consumer stopped.
struct ConsumerStopped: Error {}
