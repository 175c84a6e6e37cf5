import CoreMetrics
import Prometheus

/// The server's metrics: one Prometheus registry per server, so tests read their own figures.
public struct ServerMetrics: Sendable {
    /// Where every metric of this server is kept; `/metrics` prints it.
    public let registry: PrometheusCollectorRegistry
    let factory: PrometheusMetricsFactory
    let assessmentsCompleted: CoreMetrics.Counter

    /// A fresh registry with latency buckets fine enough for sub-millisecond routes.
    public init() {
        let registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [
            .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5),
            .milliseconds(10), .milliseconds(20), .milliseconds(50), .milliseconds(100), .milliseconds(250),
            .seconds(1),
        ]
        self.registry = registry
        self.factory = factory
        self.assessmentsCompleted = CoreMetrics.Counter(
            label: "careerfinder_assessments_completed_total", factory: factory)
    }

    /// Counts one request by its route pattern (not the raw path, so tokens never become labels).
    func recordRequest(route: String, method: String, status: Int, nanoseconds: UInt64) {
        let dimensions = [("route", route), ("method", method), ("status", String(status))]
        CoreMetrics.Counter(label: "careerfinder_http_requests_total", dimensions: dimensions, factory: factory)
            .increment()
        CoreMetrics.Timer(label: "careerfinder_http_request_duration_seconds", dimensions: dimensions, factory: factory)
            .recordNanoseconds(Int64(clamping: nanoseconds))
    }

    /// Counts an assessment that was scored into a ranking, from the API or the web form.
    func recordAssessmentCompleted() {
        assessmentsCompleted.increment()
    }

    /// The registry in Prometheus text format.
    func exposition() -> String {
        registry.emitToString()
    }
}
