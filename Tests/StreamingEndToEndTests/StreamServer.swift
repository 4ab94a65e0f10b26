import Foundation
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime
import PlexusRuntime
import Synchronization

/// The fixture's server stubs implemented for the tests: every stream produced lazily, item by item, as the
/// transport pulls it, so nothing is collected on the way out.
struct StreamServer: APIProtocol {
    /// How many ticks the server has produced so far.
    let ticksSent: Counter
    /// The server holds its sixth tick back until the client opens this gate after receiving the fifth (or two
    /// minutes pass, which `heldBackInVain` then records: only a stream that is not delivered incrementally waits
    /// that long).
    let gate: Gate

    init(ticksSent: Counter = Counter(), gate: Gate = Gate()) {
        self.ticksSent = ticksSent
        self.gate = gate
    }

    func streamTicks(_ input: Operations.StreamTicks.Input) async throws -> Operations.StreamTicks.Output {
        guard input.count >= 0 else { return .notFound(Problem(message: "no stream of \(input.count) ticks")) }
        let count = input.count
        let delay = input.delayMilliseconds ?? 0
        let ticksSent = self.ticksSent
        let gate = self.gate
        let ticks = AsyncThrowingStream<ServerSentEventWithJSONData<Tick>, any Error> {
            let sequence = ticksSent.value + 1
            guard sequence <= count else { return nil }
            if sequence == 6 { await gate.waitUntilOpen(orAfter: .seconds(120)) }
            if delay > 0 { try await Task.sleep(for: .milliseconds(delay)) }
            ticksSent.increment()
            return ServerSentEventWithJSONData(
                event: "tick", data: Tick(sequence: sequence, note: sequence == 1 ? "first" : nil),
                id: "\(sequence)", retry: sequence == 1 ? 1500 : nil)
        }
        return .ok(ItemStream(ticks))
    }

    func streamLog(_ input: Operations.StreamLog.Input) async throws -> Operations.StreamLog.Output {
        .ok(
            ItemStream([
                ServerSentEvent(event: "log", data: "started"),
                ServerSentEvent(data: "two\nlines"),
                ServerSentEvent(id: "3", event: "log", data: "done"),
            ]))
    }

    func chat(_ input: Operations.Chat.Input) async throws -> Operations.Chat.Output {
        let echoed = input.body.map { event in
            ServerSentEventWithJSONData(
                event: event.event, data: event.data.map { ChatMessage(text: $0.text.uppercased()) }, id: event.id)
        }
        return .ok(ItemStream(echoed))
    }

    func exportItems(_ input: Operations.ExportItems.Input) async throws -> Operations.ExportItems.Output {
        let count = input.count
        let produced = Counter()
        let items = AsyncThrowingStream<Item, any Error> {
            guard produced.value < count else { return nil }
            produced.increment()
            return Item(id: produced.value, name: "item \(produced.value)")
        }
        return .ok(ItemStream(items))
    }

    func importItems(_ input: Operations.ImportItems.Input) async throws -> Operations.ImportItems.Output {
        var count = 0
        var lastID = 0
        for try await item in input.body {
            count += 1
            lastID = item.id
        }
        return .ok(ImportSummary(count: count, lastID: lastID))
    }

    func streamRecords(_ input: Operations.StreamRecords.Input) async throws -> Operations.StreamRecords.Output {
        .ok(ItemStream((1...max(1, input.count)).map { Item(id: $0, name: "record \($0)") }))
    }

    func download(_ input: Operations.Download.Input) async throws -> Operations.Download.Output {
        .ok(PatternBytes.body(count: input.size))
    }

    func upload(_ input: Operations.Upload.Input) async throws -> Operations.Upload.Output {
        let arrived = try await PatternBytes.measure(input.body)
        return .ok(UploadSummary(bytes: arrived.count, checksum: arrived.checksum))
    }

    /// Confirms a subscription the way the document says the API does: by sending the `onEvent` callback to the
    /// `callbackUrl` of the request (its runtime expression, `{$request.body#/callbackUrl}`), with the generated
    /// sender, before answering.
    func subscribe(_ input: Operations.Subscribe.Input) async throws -> Operations.Subscribe.Output {
        let sender = CallbackSender(transport: AsyncHTTPClientTransport())
        let id = "sub-\(input.body.topic)"
        let answer = try await sender.subscriptionEvent(
            to: input.body.callbackURL, attempt: 1,
            body: SubscriptionEvent(subscriptionID: id, kind: .confirmation))
        return .created(Subscription(id: id, confirmed: answer.received))
    }
}

/// A count shared between the task producing a stream and the test reading it.
final class Counter: Sendable {
    private let count = Mutex(0)

    var value: Int { count.withLock { $0 } }

    func increment() { add(1) }

    func add(_ amount: Int) { count.withLock { $0 += amount } }
}

/// Opened once by the client; the server waits for it.
final class Gate: Sendable {
    private let state = Mutex<(open: Bool, waiters: [CheckedContinuation<Void, Never>])>((false, []))
    /// The server stopped waiting because the time ran out, not because the gate opened.
    let heldBackInVain = Mutex(false)

    func open() {
        let waiters = state.withLock { state in
            state.open = true
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    func waitUntilOpen(orAfter timeout: Duration) async {
        let opened = await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                await withCheckedContinuation { continuation in
                    let isOpen = self.state.withLock { state in
                        if !state.open { state.waiters.append(continuation) }
                        return state.open
                    }
                    if isOpen { continuation.resume() }
                }
                return true
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return false
            }
            let first = await group.next() ?? false
            if !first { self.open() }
            group.cancelAll()
            return first
        }
        if !opened { heldBackInVain.withLock { $0 = true } }
    }
}
