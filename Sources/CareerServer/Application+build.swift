import CareerKit
import Foundation
import Hummingbird
import Logging

/// Where and how the server listens.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int

    /// Creates a configuration; the default listens on loopback only.
    public init(host: String = "127.0.0.1", port: Int = 8080) {
        self.host = host
        self.port = port
    }
}

/// Everything the routes need, passed in so tests can swap the store, the clock and the random source.
public struct AppDependencies: Sendable {
    public let base: KnowledgeBase
    public let store: any CareerStore
    public let extractor: SkillExtractor
    public let scorer: AssessmentScorer?
    /// Built once here and shared by the pages and the API that need them.
    public let places: PlaceMatcher
    public let planner: TransitionPlanner
    /// Makes the tokens of saved results; real randomness in production, seeded in tests.
    public let makeToken: @Sendable () -> ResultToken
    public let now: @Sendable () -> Date
    /// Request and assessment counters, exported at `/metrics`.
    public let metrics: ServerMetrics
    /// Writes (POST, PUT, PATCH, DELETE) each client may send per minute; 0 turns the limit off.
    public var writesPerMinute = AppDependencies.defaultWritesPerMinute

    /// Enough for a person and a classroom behind one address; far below what a script can send.
    public static let defaultWritesPerMinute = 120

    /// Dependencies with system randomness and the system clock.
    public init(base: KnowledgeBase, store: any CareerStore) {
        self.init(
            base: base, store: store,
            makeToken: {
                var generator = SystemRandomNumberGenerator()
                return ResultToken.random(using: &generator)
            }, now: { Date() })
    }

    /// Dependencies with the given token source and clock.
    public init(
        base: KnowledgeBase, store: any CareerStore, makeToken: @escaping @Sendable () -> ResultToken,
        now: @escaping @Sendable () -> Date
    ) {
        self.base = base
        self.store = store
        self.extractor = base.makeSkillExtractor()
        self.scorer = AssessmentScorer(base: base)
        self.places = PlaceMatcher(areas: base.wages.areas)
        self.planner = TransitionPlanner(base: base)
        self.makeToken = makeToken
        self.now = now
        self.metrics = ServerMetrics()
    }
}

/// The one composition root: the router with every route, wrapped in an application.
public func buildApplication(
    configuration: ServerConfiguration, dependencies: AppDependencies, logger: Logger = Logger(label: "careerfinder")
) -> some ApplicationProtocol {
    Application(
        router: buildRouter(dependencies),
        configuration: .init(
            address: .hostname(configuration.host, port: configuration.port), serverName: "careerfinder"),
        logger: logger)
}

/// Every route, grouped by feature.
public func buildRouter(_ dependencies: AppDependencies) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.addMiddleware {
        LogRequestsMiddleware(.info)
        SecurityHeadersMiddleware()
        RequestMetricsMiddleware(metrics: dependencies.metrics)
        ProblemMiddleware()
    }
    if dependencies.writesPerMinute > 0 {
        router.add(
            middleware: WriteRateLimitMiddleware(
                limiter: WriteRateLimiter(perMinute: dependencies.writesPerMinute, now: dependencies.now)))
    }
    router.get("/health") { _, _ in HTTPResponse.Status.ok }
    router.addRoutes(OperationsEndpoints(metrics: dependencies.metrics).endpoints)
    let cache = RenderCache()
    router.addRoutes(RolesAPI(base: dependencies.base, cache: cache).endpoints, atPath: "/api")
    router.addRoutes(AssessmentAPI(dependencies: dependencies).endpoints, atPath: "/api")
    router.addRoutes(AnalysisAPI(dependencies: dependencies).endpoints, atPath: "/api/analyze")
    router.addRoutes(PathwaysAPI(dependencies: dependencies, cache: cache).endpoints, atPath: "/api")
    router.addRoutes(CatalogPages(base: dependencies.base, places: dependencies.places, cache: cache).endpoints)
    router.addRoutes(AssessmentPages(dependencies: dependencies).endpoints)
    router.addRoutes(ResultPages(dependencies: dependencies).endpoints)
    router.addRoutes(AnalyzePages(dependencies: dependencies).endpoints)
    router.addRoutes(PathPages(base: dependencies.base, planner: dependencies.planner).endpoints)
    return router
}
