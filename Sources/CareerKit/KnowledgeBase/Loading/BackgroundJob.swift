import Foundation

/// Work started on another thread while the caller goes on; `result()` waits for it.
/// Unchecked because the value is handed over exactly once, after the semaphore orders the two threads.
final class BackgroundJob<Value>: @unchecked Sendable {
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping () -> Value) {
        let box = UncheckedBox(work)
        Thread.detachNewThread { [self] in
            value = box.value()
            done.signal()
        }
    }

    func result() -> Value {
        done.wait()
        return value!
    }
}

/// Carries a non-Sendable closure to the one thread that runs it.
private struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
