import CareerKit
import Foundation
import Testing

@Suite("Reading postings: pay, seniority, sections")
struct PostingReadingTests {
    @Test(
        "Stated pay is read in the usual forms",
        arguments: [
            ("Salary: $120,000 - $150,000", 120_000, 150_000 as Int?, false, "USD"),
            ("Range 120k-150k base", 120_000, 150_000, false, nil),
            ("USD 90K+ plus equity", 90_000, nil, true, "USD"),
            ("€65.000 is not read, but €65,000 – €80,000 is", 65_000, 80_000, false, "EUR"),
            ("Pay: £45k to £55k", 45_000, 55_000, false, "GBP"),
            ("$140K–$180K", 140_000, 180_000, false, "USD"),
        ] as [(String, Int, Int?, Bool, String?)])
    func salaries(text: String, low: Int, high: Int?, openEnded: Bool, currency: String?) throws {
        let salary = try #require(StatedSalary.first(in: text))
        #expect(salary.low == low)
        #expect(salary.high == high)
        #expect(salary.openEnded == openEnded)
        #expect(salary.currency == currency)
        #expect(text.contains(salary.printed))
    }

    @Test("Numbers that are not pay are not read as pay")
    func notSalaries() {
        for text in [
            "We serve 10,000 customers", "3+ years of Python", "Founded in 2015, 250 people", "Up to 30k users a day",
        ] {
            #expect(StatedSalary.first(in: text) == nil, "\(text)")
        }
    }

    @Test("Absurd figures are not pay and never stop the process (found by fuzzing)")
    func absurdFigures() {
        for text in ["Salary: $99999999999999999999k", "Pay: USD 1e309", "$99999999999999999999 - $1"] {
            #expect(StatedSalary.first(in: text) == nil, "\(text)")
        }
        // What is read from nonsense stays a plausible salary.
        #expect((StatedSalary.first(in: "Range 9e99k-9e99k")?.low ?? 0) < 2_000_000)
    }

    @Test("An hourly rate is read per hour")
    func hourly() throws {
        let salary = try #require(StatedSalary.first(in: "Contract at $85/hour"))
        #expect(salary.period == "hour" && salary.low == 85)
    }

    @Test("Seniority comes from the title first, then from years asked for")
    func seniority() {
        #expect(Seniority(title: "Senior ML Engineer", text: "2+ years").level == .senior)
        #expect(Seniority(title: "Junior Data Scientist", text: "").level == .entry)
        #expect(Seniority(title: "Data Scientist", text: "You have 5+ years of experience").level == .mid)
        #expect(Seniority(title: "Data Scientist", text: "8-10 years in analytics").level == .senior)
        #expect(Seniority(title: "ML Engineer", text: "1-2 years").level == .entry)
        #expect(Seniority(title: "ML Engineer", text: "no years stated").level == nil)
    }
}

@Suite("Analysing postings and resumes against the roles")
struct AnalysisTests {
    let base = AssessmentFixtures.base
    var extractor: SkillExtractor { base.makeSkillExtractor() }

    @Test("Skills under Requirements, Nice to have and elsewhere land in their own lists")
    func sections() {
        let text = """
            Data Scientist
            We use Tableau across the company.

            Requirements:
            - SQL and statistics
            - A/B testing

            Nice to have:
            - PyTorch
            Experience with Docker is a plus
            """
        let analysis = PostingAnalysis(text: text, base: base, extractor: extractor)
        #expect(Set(analysis.required.map(\.skill)) == ["sql", "statistics", "ab-testing"])
        #expect(Set(analysis.niceToHave.map(\.skill)) == ["pytorch", "docker"])
        #expect(analysis.mentioned.map(\.skill).contains("tableau"))
        #expect(analysis.title == "Data Scientist")
        // Browsers send form text with CRLF line endings; the reading must not change.
        let crlf = PostingAnalysis(
            text: text.replacingOccurrences(of: "\n", with: "\r\n") + "\r\nSalary: $90,000 - $110,000",
            base: base, extractor: extractor)
        #expect(crlf.required.map(\.skill) == analysis.required.map(\.skill))
        #expect(crlf.niceToHave.map(\.skill) == analysis.niceToHave.map(\.skill))
        #expect(crlf.title == "Data Scientist")
        #expect(crlf.salary?.low == 90_000 && crlf.salary?.high == 110_000)
    }

    @Test("A posting titled AI Engineer that asks for SQL and dashboards reads as data science")
    func misleadingTitle() {
        let text = """
            AI Engineer
            Requirements:
            - Strong SQL, statistics and hypothesis testing
            - Tableau or Power BI dashboards, data visualization
            - A/B testing and experimental design
            """
        let analysis = PostingAnalysis(text: text, base: base, extractor: extractor)
        #expect(analysis.roles.first?.role == "data-scientist")
        #expect(analysis.roles.first { $0.role == "ai-engineer" }?.titleMatches == true)
    }

    @Test("Resume coverage counts required skills by weight and ranks roles by it")
    func coverage() throws {
        let text = "Skills: Docker, Kubernetes, CI/CD, Terraform, Prometheus, Grafana, Python, model monitoring, MLOps"
        let analysis = ResumeAnalysis(text: text, base: base, extractor: extractor)
        #expect(analysis.coverage.first?.role == "mlops-engineer")
        let mlops = try #require(analysis.coverage.first)
        let requirements = try #require(base.requirements(for: "mlops-engineer"))
        // Coverage counts every skill the resume shows: named, described or implied by a named tool.
        let have = Set(analysis.evidence.map(\.skill))
        #expect(have.isStrictSuperset(of: analysis.skills.map(\.skill)))
        let covered = requirements.required.filter { have.contains($0.skill) }.reduce(0) { $0 + $1.weight }
        let total = requirements.required.reduce(0) { $0 + $1.weight }
        #expect(abs(mlops.requiredCoverage - Double(covered) / Double(total)) < 1e-12)
    }

    @Test("The gap plan lists missing required skills before nice-to-haves, heaviest first, skipping skills held")
    func gapPlan() throws {
        let analysis = ResumeAnalysis(
            text: "Python, SQL, Tableau", base: base, extractor: extractor, target: "ml-engineer")
        let plan = try #require(analysis.plan)
        #expect(!plan.steps.contains { ["python", "sql"].contains($0.skill.rawValue) })
        let firstNice = plan.steps.firstIndex { !$0.required } ?? plan.steps.count
        #expect(plan.steps[..<firstNice].allSatisfy { $0.required })
        #expect(plan.steps[firstNice...].allSatisfy { !$0.required })
        let requiredWeights = plan.steps[..<firstNice].map(\.weight)
        #expect(requiredWeights == requiredWeights.sorted(by: >))
        #expect(plan.steps.allSatisfy { $0.project != nil })
        #expect(plan.steps.map(\.order) == Array(1...plan.steps.count))
    }
}
