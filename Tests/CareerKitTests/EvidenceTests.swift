import CareerKit
import Foundation
import Testing

@Suite("Reading people as they write: relations, described work, requirement strength, years")
struct EvidenceTests {
    let base = AssessmentFixtures.base
    var extractor: SkillExtractor { base.makeSkillExtractor() }
    var reader: EvidenceReader { EvidenceReader(base: base) }

    func evidence(_ text: String) -> [Skill.ID: EvidencedSkill] {
        let named = ResumeAnalysis(text: text, base: base, extractor: extractor, evidence: reader).evidence
        return Dictionary(uniqueKeysWithValues: named.map { ($0.skill, $0) })
    }

    /// The resume from the issue: a backend engineer who names tools and describes the work, aimed at MLOps.
    static let backendResume = """
        Dana Okafor, backend engineer
        Experience
        - Wrote Terraform modules for our platform and on-call rotation with PagerDuty.
        - Ran models on KServe; tracked experiments and versions in MLflow.
        - The team retrains the model weekly and monitors drift on every release.
        Skills: Python, Go, SQL
        """

    @Test("A tool implies the practice it is evidence of, and says which tool (implies)")
    func implied() {
        let shown = evidence(Self.backendResume)
        for (practice, tool) in [
            ("infrastructure-as-code", "terraform"), ("model-registry", "mlflow"), ("experiment-tracking", "mlflow"),
            ("incident-response", "pagerduty"), ("model-deployment", "kserve"),
        ] {
            let item = shown[Skill.ID(practice)]
            #expect(item != nil, "\(practice) not shown")
            #expect(item?.evidence.contains { $0.kind == .implied && $0.via == Skill.ID(tool) } == true, "\(practice)")
        }
        // Chains: EKS -> Kubernetes -> containers.
        let chained = evidence("Ran our services on EKS.")
        #expect(chained["kubernetes"]?.strongest == .implied && chained["docker"]?.strongest == .implied)
    }

    @Test("A specific skill counts toward its general one (broader)")
    func broader() {
        let shown = evidence("Trained image models in PyTorch.")
        #expect(shown["deep-learning"]?.evidence.first?.via == "pytorch")
        #expect(shown["machine-learning"]?.strongest == .implied)
        #expect(evidence("Wrote SQL reports.")["deep-learning"] == nil)
    }

    @Test("Described work is evidence, with the phrase and its line (described)")
    func described() {
        let shown = evidence(Self.backendResume)
        let retraining = shown["model-retraining"]?.evidence.first
        #expect(retraining?.kind == .described && retraining?.line == 5)
        #expect(retraining?.text.lowercased().hasPrefix("retrains the model weekly") == true)
        #expect(shown["drift-detection"]?.strongest == .described)
        #expect(evidence("We rolled out each model as a canary.")["model-deployment"]?.strongest == .described)
        #expect(evidence("Ran A/B tests on the checkout page.")["ab-testing"] != nil)
        // A gap never crosses a sentence end, and unrelated words do not match.
        #expect(evidence("We retrain staff. Weekly meetings follow.")["model-retraining"] == nil)
        #expect(evidence("I like driving and weekly drives.")["drift-detection"] == nil)
    }

    @Test("The resume in the issue is not told it lacks the practices its tools and work show")
    func mlopsCoverage() throws {
        let analysis = ResumeAnalysis(
            text: Self.backendResume, base: base, extractor: extractor, evidence: reader, target: "mlops-engineer")
        let plan = try #require(analysis.plan)
        let missing = Set(plan.steps.map(\.skill))
        for practice in [
            "infrastructure-as-code", "model-registry", "incident-response", "model-deployment", "drift-detection",
            "model-retraining",
        ] {
            #expect(!missing.contains(Skill.ID(practice)), "\(practice) still listed as missing")
        }
    }

    @Test("An audience is not a skill: \"presented to leadership\" is not leadership, \"strong leadership\" is")
    func leadershipAudience() {
        #expect(evidence("Presented results to leadership every quarter.")["leadership"] == nil)
        #expect(evidence("Strong leadership and mentoring of a team of four.")["leadership"]?.strongest == .named)
        #expect(evidence("Skills: Python, SQL, leadership")["leadership"] != nil)
    }

    @Test("Phrase patterns: prefixes, choices and gaps; unreadable ones are refused")
    func patterns() {
        #expect(PhrasePattern("monitor* ... drift") != nil)
        #expect(PhrasePattern("... drift") == nil)
        #expect(PhrasePattern("drift ...") == nil)
        #expect(PhrasePattern("a||b") == nil)
        #expect(PhrasePattern("") == nil)
    }

    @Test("Requirement strength is read clause by clause: \"Strong Python; Go or Java a plus\"")
    func requirementStrength() {
        let posting = PostingAnalysis(
            text: "Backend Engineer\nAbout the work\nStrong Python; Go or Java a plus. Docker is required.\n",
            base: base, extractor: extractor, evidence: reader)
        #expect(posting.required.map(\.skill).contains("python"))
        #expect(posting.required.map(\.skill).contains("docker"))
        #expect(Set(posting.niceToHave.map(\.skill)) == ["go", "java"])
        // A bullet holding "a plus" is not a heading: the lines after it stay required.
        let bulleted = PostingAnalysis(
            text: "MLOps Engineer\nRequirements\n- Strong Python; Java a plus\n- Kubernetes and Terraform\n",
            base: base, extractor: extractor, evidence: reader)
        #expect(Set(bulleted.required.map(\.skill)) == ["python", "kubernetes", "terraform"])
        #expect(bulleted.niceToHave.map(\.skill) == ["java"])
    }

    @Test("Years of experience feed seniority: 3+ is not entry, 7+ is senior, words count, a company's age does not")
    func years() {
        func level(_ text: String) -> SalaryLevel? { Seniority(title: "Engineer", text: text).level }
        #expect(level("3+ years of Python") == .mid)
        #expect(level("at least three years of experience") == .mid)
        #expect(level("7+ years building systems") == .senior)
        #expect(level("minimum of 2 years experience") == .entry)
        #expect(level("5+ yrs") == .mid)
        #expect(level("We were founded 25 years ago.") == nil)
        #expect(Seniority(title: "Senior Engineer", text: "2+ years").level == .senior)
    }

    @Test("The title's claim and the work's reading are shown apart, and the title does not move the scores")
    func titleApart() {
        let body = "\nRequirements\n- SQL, Tableau, dashboards, A/B testing, statistics, stakeholder reporting\n"
        let titled = PostingAnalysis(text: "AI Engineer" + body, base: base, extractor: extractor, evidence: reader)
        let untitled = PostingAnalysis(text: "Analyst" + body, base: base, extractor: extractor, evidence: reader)
        #expect(titled.titleRole == "ai-engineer")
        #expect(titled.roles.first?.role == "data-scientist")
        #expect(titled.reading == "The title says AI Engineer; the work described reads as Data Scientist.")
        #expect(titled.roles.map(\.score) == untitled.roles.map(\.score))
        // A skill named only in the title is the title's claim, not something the posting asks for.
        let mlops = PostingAnalysis(
            text: "MLOps Engineer\nRequirements\n- Python\n", base: base, extractor: extractor, evidence: reader)
        #expect(!(mlops.required + mlops.niceToHave + mlops.mentioned).contains { $0.skill == "mlops" })
        #expect(mlops.titleRole == "mlops-engineer")
    }

    @Test("The line between AI and ML engineering is said with the skills that drew it")
    func aiVersusML() {
        let hosted = PostingAnalysis(
            text:
                "ML Engineer\nRequirements\n- Python, RAG over our documents, a vector database, OpenAI API, function calling\n",
            base: base, extractor: extractor, evidence: reader)
        #expect(hosted.roles.first?.role == "ai-engineer")
        #expect(hosted.titleRole == "ml-engineer")
        #expect(hosted.reading.contains("it builds on hosted foundation models: Retrieval-augmented generation"))
        let own = PostingAnalysis(
            text:
                "AI Engineer\nRequirements\n- PyTorch, feature engineering, hyperparameter tuning, model serving with low latency\n",
            base: base, extractor: extractor, evidence: reader)
        #expect(own.roles.first?.role == "ml-engineer")
        #expect(
            own.reading.hasPrefix("The title says AI Engineer; the work described reads as Machine Learning Engineer"))
        #expect(own.reading.contains("trains and serves its own models"))
    }
}
