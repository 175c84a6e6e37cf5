import CareerDocuments
import CareerKit
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

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
    /// The application core: every use case the pages and the API call.
    public let service: CareerService
    /// Request and assessment counters, exported at `/metrics`.
    public let metrics: ServerMetrics
    /// The clock the write rate limit counts by.
    public let now: @Sendable () -> Date
    /// Writes (POST, PUT, PATCH, DELETE) each client may send per minute; 0 turns the limit off.
    public var writesPerMinute = AppDependencies.defaultWritesPerMinute

    /// How many days saved items are kept after they last changed; nil keeps them until people delete them.
    public var retainDays: Int?
    /// The reverse proxies whose forwarded client addresses are believed; none by default.
    public var trustedProxies = TrustedProxies.none
    /// Enough for a person and a classroom behind one address; far below what a script can send.
    public static let defaultWritesPerMinute = 120

    /// Dependencies with system randomness, the system clock and poppler's pdftotext for PDFs.
    public init(base: KnowledgeBase, store: any CareerStore) {
        self.init(base: base, store: store, makeToken: CareerService.randomToken, now: { Date() })
    }

    /// Dependencies with the given token source and clock.
    public init(
        base: KnowledgeBase, store: any CareerStore, makeToken: @escaping @Sendable () -> ResultToken,
        now: @escaping @Sendable () -> Date, pdf: (any PDFTextReader)? = PdftotextReader()
    ) {
        service = CareerService(base: base, store: store, pdf: pdf, makeToken: makeToken, now: now)
        self.now = now
        metrics = ServerMetrics()
    }

    /// The knowledge base the server answers from.
    public var base: KnowledgeBase { service.base }
}

/// The one composition root: the router with every route, wrapped in an application that also runs `services`
/// (such as a database's connection pool), which shut down after the server has drained its requests.
public func buildApplication(
    configuration: ServerConfiguration, dependencies: AppDependencies, services: [any Service] = [],
    logger: Logger = Logger(label: "careerfinder")
) -> some ApplicationProtocol {
    Application(
        router: buildRouter(dependencies),
        configuration: .init(
            address: .hostname(configuration.host, port: configuration.port), serverName: "careerfinder"),
        services: services, logger: logger)
}

/// Every route, grouped by feature.
public func buildRouter(_ dependencies: AppDependencies) -> Router<AppRequestContext> {
    // HEAD is answered for every GET route by the router itself: the GET's headers without its body.
    let router = Router(context: AppRequestContext.self, options: .autoGenerateHeadEndpoints)
    router.addMiddleware {
        ClientAddressMiddleware(trusted: dependencies.trustedProxies)
        RequestLogMiddleware()
        SecurityHeadersMiddleware()
        CompressionMiddleware()
        RequestMetricsMiddleware(metrics: dependencies.metrics)
        ProblemMiddleware()
        LongAddressMiddleware()
    }
    if dependencies.writesPerMinute > 0 {
        router.add(
            middleware: WriteRateLimitMiddleware(
                limiter: WriteRateLimiter(perMinute: dependencies.writesPerMinute, now: dependencies.now)))
    }
    router.get("/health") { _, _ in HTTPResponse.Status.ok }
    router.get("/ready") { _, _ in try await readiness(dependencies.service) }
    router.addRoutes(OperationsEndpoints(metrics: dependencies.metrics).endpoints)
    let cache = RenderCache()
    // The templates ship inside the program's bundle; without them it was packaged wrong and cannot serve pages.
    let templates: PageTemplates
    do {
        templates = try PageTemplates.bundled()
    } catch {
        fatalError("the page templates are missing from the program's bundle: \(error)")
    }
    router.addRoutes(RolesAPI(base: dependencies.base, cache: cache).endpoints, atPath: "/api")
    let service = dependencies.service
    router.addRoutes(AssessmentAPI(service: service, metrics: dependencies.metrics).endpoints, atPath: "/api")
    router.addRoutes(AnalysisAPI(service: service).endpoints, atPath: "/api/analyze")
    router.addRoutes(SavedAnalysisAPI(service: service).endpoints, atPath: "/api")
    router.addRoutes(PlansAPI(service: service).endpoints, atPath: "/api")
    router.addRoutes(InterviewAPI(service: service).endpoints, atPath: "/api")
    router.addRoutes(WagesAndPathsAPI(service: dependencies.service, cache: cache).endpoints, atPath: "/api")
    router.addRoutes(
        CatalogPages(base: dependencies.base, places: dependencies.service.places, cache: cache, templates: templates)
            .endpoints)
    router.addRoutes(
        AssessmentPages(service: service, metrics: dependencies.metrics, templates: templates).endpoints)
    router.addRoutes(ResultPages(service: service, templates: templates).endpoints)
    router.addRoutes(AnalyzePages(service: service, templates: templates).endpoints)
    router.addRoutes(SavedAnalysisPages(service: service, templates: templates).endpoints)
    router.addRoutes(MatchPages(service: service, templates: templates).endpoints)
    router.addRoutes(PathPages(service: dependencies.service, templates: templates).endpoints)
    router.addRoutes(PlanPages(service: service, templates: templates).endpoints)
    router.addRoutes(InterviewPages(service: service, templates: templates).endpoints)
    router.addRoutes(PrivacyPage(retainDays: dependencies.retainDays, templates: templates).endpoints)
    router.addRoutes(GuidePages(base: dependencies.base, cache: cache, templates: templates).endpoints)
    return router
}
