import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Official wages and career paths over HTTP")
struct WagesAndPathsTests {
    @Test("GET /api/wages gives the area, the articles' bands and official figures as published text")
    func wages() async throws {
        try await withAPI { client in
            try await client.execute(uri: "/api/wages?role=data-scientist&area=austin", method: .get) { response in
                #expect(response.status == .ok)
                let body = try json(response.body)
                #expect((body["area"] as? [String: Any])?["name"] as? String == "Austin-Round Rock-San Marcos, TX")
                let occupation = try #require((body["occupations"] as? [[String: Any]])?.first)
                #expect(occupation["label"] as? String == "closest official occupation: Data Scientists (15-2051)")
                let local = try #require(occupation["local"] as? [String: Any])
                let median = try #require((local["annual"] as? [String: Any])?["median"] as? [String: Any])
                #expect(median["text"] as? String == "127360" && median["status"] as? String == "published")
                #expect(body["officialSource"] as? String == "bls-oews-2025")
            }
        }
    }

    @Test("unknown places answer 404 with a suggestion, ambiguous ones 422, missing parameters 400")
    func wageProblems() async throws {
        try await withAPI { client in
            try await client.execute(uri: "/api/wages?role=data-scientist&area=Austn", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "application/problem+json")
                let detail = try json(response.body)["detail"] as? String
                #expect(detail?.contains("Austin-Round Rock") == true)
            }
            try await client.execute(uri: "/api/wages?role=data-scientist&area=portland", method: .get) {
                #expect($0.status == .unprocessableContent)
            }
            try await client.execute(uri: "/api/wages?area=austin", method: .get) { #expect($0.status == .badRequest) }
        }
    }

    @Test("GET /api/path plans routes and skips owned skills; unreachable targets answer 422 saying why")
    func path() async throws {
        try await withAPI { client in
            var plainCost = 0
            try await client.execute(uri: "/api/path?from=software-engineer&to=mlops-engineer", method: .get) {
                response in
                #expect(response.status == .ok)
                let routes = try #require(try json(response.body)["routes"] as? [[String: Any]])
                #expect(routes.count == 2)  // the direct move, and by way of ML engineer: no third exists
                plainCost = routes[0]["cost"] as? Int ?? 0
            }
            try await client.execute(
                uri: "/api/path?from=software-engineer&to=mlops-engineer&have=docker,k8s,terraform", method: .get
            ) { response in
                let routes = try #require(try json(response.body)["routes"] as? [[String: Any]])
                #expect((routes[0]["cost"] as? Int ?? .max) < plainCost)
            }
            try await client.execute(uri: "/api/path?from=vp-of-product&to=prompt-engineer", method: .get) { response in
                #expect(response.status == .unprocessableContent)
                let detail = try json(response.body)["detail"] as? String
                #expect(detail?.contains("No route from") == true)
            }
            try await client.execute(uri: "/api/path?from=data-analyst&to=ml-engineer&have=pythn", method: .get) {
                #expect($0.status == .unprocessableContent)
            }
        }
    }

    @Test("the salary page shows the place, the closest official occupations and the BLS attribution")
    func salaryPage() async throws {
        try await withAPI { client in
            try await client.execute(uri: "/salaries?role=data-scientist&area=austin", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(response.status == .ok)
                for text in [
                    "Data Scientist in Austin-Round Rock-San Marcos, TX",
                    "Closest official occupation: Data Scientists (15-2051)",
                    "$127,360", "<svg", "BLS.gov cannot vouch",
                ] {
                    #expect(page.contains(text), "missing \(text)")
                }
            }
            try await client.execute(uri: "/salaries?role=data-scientist&area=Austn", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("area=Austin%2DRound%20Rock%2DSan%20Marcos%2C%20TX"))
            }
        }
    }

    @Test("the path page plans in HTML and escapes what people type")
    func pathPage() async throws {
        try await withAPI { client in
            try await client.execute(uri: "/path?from=data-analyst&to=ml-engineer", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(response.status == .ok)
                #expect(page.contains("Cheapest route") && page.contains("Alternative 2") && page.contains("Project:"))
            }
            // Browsers send a GET form's spaces as "+".
            try await client.execute(uri: "/path?from=data-analyst&to=ml-engineer&have=pandas%2C+numpy", method: .get) {
                response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("Already have: pandas, NumPy"))
            }
            try await client.execute(uri: "/path?from=data-analyst&to=ml-engineer&have=%3Cscript%3E", method: .get) {
                response in
                let page = String(buffer: response.body)
                #expect(response.status == .unprocessableContent)
                #expect(!page.contains("<script>") && page.contains("&lt;script&gt;"))
            }
        }
    }
}
