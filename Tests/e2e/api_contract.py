"""The OpenAPI document against the live server: the document validates, every documented operation is called,
and every response has a documented status, media type and a body that fits its schema.

Usage: python3 Tests/e2e/api_contract.py BINARY
"""

import json
import sys
import urllib.error
import urllib.parse
import urllib.request

import jsonschema
import referencing.jsonschema
import yaml
from openapi_spec_validator import validate as validate_document
from referencing import Registry, Resource

from server import random_sheet, Server


class Contract:
    def __init__(self, document, base):
        self.document = document
        self.base = base
        resource = Resource.from_contents(document, default_specification=referencing.jsonschema.DRAFT202012)
        self.registry = Registry().with_resource("urn:api", resource)
        self.failures = []
        self.called = set()
        self.responses = 0

    def call(self, method, path, template, body=None, content_type="application/json"):
        """Sends one request and checks its response against the operation `method template`."""
        self.called.add((method, template))
        self.responses += 1
        data = None if body is None else (body if isinstance(body, bytes) else body.encode())
        request = urllib.request.Request(self.base + path, data=data, method=method.upper())
        if data is not None:
            request.add_header("Content-Type", content_type)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                status, headers, raw = response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            status, headers, raw = error.code, error.headers, error.read()
        label = f"{method.upper()} {path[:80]} -> {status}"
        documented = self.document["paths"][template][method]["responses"].get(str(status))
        if status >= 500:
            self.failures.append(f"{label}: a server error ({raw[:200]!r})")
        if documented is None:
            self.failures.append(f"{label}: status not documented ({raw[:200]!r})")
            return status, None
        documented = self.resolve(documented)
        content = documented.get("content")
        if not content:
            if raw:
                self.failures.append(f"{label}: documented without a body but has one")
            return status, None
        media = headers.get("Content-Type", "").split(";")[0].strip()
        if media not in content:
            self.failures.append(f"{label}: media type {media!r}, documented {sorted(content)}")
            return status, None
        if "schema" not in content[media]:
            return status, raw
        body = raw.decode() if not media.endswith("json") else json.loads(raw)
        schema = self.pointer_schema(content[media]["schema"])
        errors = list(jsonschema.Draft202012Validator(schema, registry=self.registry).iter_errors(body))
        for error in errors[:3]:
            self.failures.append(f"{label}: at {list(error.absolute_path)}: {error.message[:200]}")
        return status, body

    def resolve(self, node):
        while "$ref" in node:
            parts = node["$ref"].lstrip("#/").split("/")
            node = self.document
            for part in parts:
                node = node[part]
        return node

    def pointer_schema(self, schema):
        # Local references inside the schema resolve against the whole document registered as urn:api.
        text = json.dumps(schema).replace('"#/', '"urn:api#/')
        return json.loads(text)

    def example(self, template, method):
        return self.document["paths"][template][method]["requestBody"]["content"]["application/json"]["example"]


def exercise(contract):
    c = contract
    c.call("get", "/health", "/health")
    c.call("get", "/ready", "/ready")
    c.call("get", "/metrics", "/metrics")
    c.call("get", "/openapi.yaml", "/openapi.yaml")
    _, roles = c.call("get", "/api/roles", "/api/roles")
    ids = [role["id"] for role in roles]
    profiled = [role["id"] for role in roles if role["profiled"]]
    for role in ids:
        c.call("get", f"/api/roles/{role}", "/api/roles/{id}")
    c.call("get", "/api/roles/ml-enginer", "/api/roles/{id}")
    c.call("get", "/api/compare?roles=" + ",".join(profiled[:2]), "/api/compare")
    c.call("get", "/api/compare?roles=" + ",".join(profiled), "/api/compare")
    for bad in ["ml-engineer", "ml-engineer,nobody", ""]:
        c.call("get", "/api/compare?roles=" + bad, "/api/compare")
    c.call("get", "/api/salaries", "/api/salaries")
    for role in profiled:
        c.call("get", f"/api/salaries?role={role}&level=senior", "/api/salaries")
    c.call("get", "/api/salaries?role=nobody", "/api/salaries")
    c.call("get", "/api/salaries?level=wizard", "/api/salaries")
    c.call("get", "/api/areas", "/api/areas")
    for role, area in [("data-scientist", "austin"), ("ml-engineer", "TX"), ("ai-product-manager", "national"),
                       ("linguist", "Austin, TX"), ("senior-ml-engineer", "San Jose"), ("nobody", "austin"),
                       ("data-scientist", "Austn"), ("data-scientist", "portland")]:
        c.call("get", f"/api/wages?role={urllib.parse.quote(role)}&area={urllib.parse.quote(area)}", "/api/wages")
    c.call("get", "/api/wages?role=data-scientist", "/api/wages")
    for query in ["from=data-analyst&to=ml-engineer", "from=software-engineer&to=mlops-engineer&have=docker,k8s",
                  "from=linguist&to=prompt-engineer", "from=vp-of-product&to=prompt-engineer",
                  "from=data-analyst&to=data-analyst", "from=data-analyst&to=ml-engineer&have=pythn",
                  "from=nobody&to=ml-engineer", "from=data-analyst"]:
        c.call("get", f"/api/path?{query}", "/api/path")
    c.call("get", "/api/sources", "/api/sources")

    _, questionnaire = c.call("get", "/api/assessment", "/api/assessment")
    example = json.dumps(c.example("/api/assessment", "post"))
    c.call("post", "/api/assessment", "/api/assessment", example)
    tokens = []
    for n in range(25):
        sheet = random_sheet(questionnaire, 7000 + n)
        status, saved = c.call("post", "/api/assessment?save=true", "/api/assessment", sheet)
        if status == 201:
            tokens.append((saved["token"], saved["result"]["ranking"]))
    uninformative = {"version": questionnaire["version"], "answers": {questionnaire["items"][0]["id"]: 3}}
    c.call("post", "/api/assessment", "/api/assessment", json.dumps(uninformative))
    for bad in ['{"version": "0", "answers": {"ghost": 9}}', "not json {", "", "\u0000"]:
        c.call("post", "/api/assessment", "/api/assessment", bad)
    c.call("post", "/api/assessment", "/api/assessment", "a" * 1_000_001)

    for n, (token, ranking) in enumerate(tokens):
        c.call("get", f"/api/results/{token}", "/api/results/{token}")
        feedback = {"role": ranking[n % len(ranking)]["role"], "goodFit": n % 2 == 0}
        c.call("post", f"/api/results/{token}/feedback", "/api/results/{token}/feedback", json.dumps(feedback))
    token = tokens[0][0]
    for bad in ['{"role": "nobody", "goodFit": true}', '{"role": "ml-engineer"}', "nope"]:
        c.call("post", f"/api/results/{token}/feedback", "/api/results/{token}/feedback", bad)
    c.call("get", "/api/validity", "/api/validity")
    c.call("get", "/api/validity?version=" + questionnaire["version"], "/api/validity")
    c.call("delete", f"/api/results/{token}", "/api/results/{token}")
    c.call("delete", f"/api/results/{token}", "/api/results/{token}")
    c.call("get", f"/api/results/{token}", "/api/results/{token}")
    c.call("get", "/api/results/not-a-token", "/api/results/{token}")
    c.call("post", "/api/results/AAAAAAAAAAAAAAAAAAAAAA/feedback", "/api/results/{token}/feedback",
           '{"role": "ml-engineer", "goodFit": true}')

    saved = []
    for path in ["/api/analyze/resume", "/api/analyze/job"]:
        example = c.example(path, "post")
        c.call("post", path, path, json.dumps(example))
        status, body = c.call("post", path, path, json.dumps(dict(example, save=True)))
        if status == 200 and isinstance(body, dict) and body.get("token"):
            saved.append(body["token"])
        for bad in ['{"text": "  "}', '{"txt": 1}', "[]"]:
            c.call("post", path, path, bad)
        c.call("post", path, path, "a" * 1_000_001)
    c.call("post", "/api/analyze/resume", "/api/analyze/resume",
           json.dumps({"text": "Python, SQL, Docker", "target": "mlops-engineer"}))
    c.call("post", "/api/analyze/resume", "/api/analyze/resume", json.dumps({"text": "Python", "target": "nobody"}))

    template = "/api/analyses/{token}"
    for token in saved:
        c.call("get", f"/api/analyses/{token}", template)
        c.call("delete", f"/api/analyses/{token}", template)
        c.call("get", f"/api/analyses/{token}", template)
        c.call("delete", f"/api/analyses/{token}", template)
    c.call("get", "/api/analyses/not-a-token", template)
    if len(saved) != 2:
        c.failures.append(f"expected two saved analyses to read and delete, got {len(saved)}")

    status, kept = c.call("post", "/api/plans", "/api/plans", json.dumps(c.example("/api/plans", "post")))
    c.call("post", "/api/plans", "/api/plans", json.dumps({"target": "mlops-engineer", "resume": "Ran EKS; wrote Terraform."}))
    for bad in ['{"target": "nobody"}', '{"target": "data-analyst"}', '{"target": "ml-engineer", "hoursPerWeek": 500}',
                '{"target": "ml-engineer", "have": "pythn"}', '{"have": "python"}', "[]", "a" * 1_000_001]:
        c.call("post", "/api/plans", "/api/plans", bad)
    if status == 201:
        token, plan = kept["token"], kept["plan"]
        template = "/api/plans/{token}"
        c.call("get", f"/api/plans/{token}", template)
        skill = plan["stages"][0]["steps"][0]["skill"]
        steps = "/api/plans/{token}/steps/{skill}"
        c.call("put", f"/api/plans/{token}/steps/{skill}", steps, json.dumps({"done": True}))
        c.call("put", f"/api/plans/{token}/steps/excel", steps, json.dumps({"done": True}))
        c.call("put", f"/api/plans/{token}/steps/{skill}", steps, '{"done": "yes"}')
        c.call("put", f"/api/plans/AAAAAAAAAAAAAAAAAAAAAA/steps/{skill}", steps, json.dumps({"done": True}))
        replan = "/api/plans/{token}/replan"
        c.call("post", f"/api/plans/{token}/replan", replan, json.dumps(c.example(replan, "post")))
        c.call("post", f"/api/plans/{token}/replan", replan, '{"hoursPerWeek": 0}')
        status, again = c.call("get", f"/api/plans/{token}", template)
        status, copy = c.call("post", "/api/plans/import", "/api/plans/import", json.dumps(again["plan"]))
        if status != 201 or copy["plan"] != again["plan"]:
            c.failures.append("an exported plan did not import back as the same plan")
        for bad in ["{}", "not json", json.dumps(dict(again["plan"], target="nobody"))]:
            c.call("post", "/api/plans/import", "/api/plans/import", bad)
        c.call("delete", f"/api/plans/{token}", template)
        c.call("delete", f"/api/plans/{token}", template)
        c.call("get", f"/api/plans/{token}", template)
        c.call("post", f"/api/plans/{token}/replan", replan, "{}")
    else:
        c.failures.append(f"expected a plan to be made, got {status}")
    c.call("get", "/api/plans/not-a-token", "/api/plans/{token}")

    practice = "/api/interview/{role}"
    status, session = c.call("get", "/api/interview/ml-engineer?count=4&seed=9&level=mid&have=python", practice)
    c.call("get", "/api/interview/ai-product-manager", practice)
    for bad in ["/api/interview/nobody", "/api/interview/data-analyst", "/api/interview/ml-engineer?count=99",
                "/api/interview/ml-engineer?level=wizard", "/api/interview/ml-engineer?seed=-1"]:
        c.call("get", bad, practice)
    summary = "/api/interview/{role}/summary"
    c.call("post", "/api/interview/ml-engineer/summary", summary, json.dumps(c.example(summary, "post")))
    if status == 200:
        answers = [{"question": q["id"], "covered": [0]} for q in session["questions"]]
        c.call("post", "/api/interview/ml-engineer/summary", summary, json.dumps({"answers": answers}))
    for bad in ['{"answers": "none"}', "[]", '{"answers": [{"question": "x"}]}']:
        c.call("post", "/api/interview/ml-engineer/summary", summary, bad)
    c.call("post", "/api/interview/nobody/summary", summary, '{"answers": []}')

    match = "/api/analyze/match"
    c.call("post", match, match, json.dumps(c.example(match, "post")))
    for bad in ['{"resume": "Python", "posting": "  "}', '{"resume": "Python"}', "[]", "a" * 1_000_001]:
        c.call("post", match, match, bad)


def main():
    binary = sys.argv[1]
    with Server(binary) as server:
        with urllib.request.urlopen(server.base + "/openapi.yaml", timeout=10) as response:
            document = yaml.safe_load(response.read())
        validate_document(document)
        print("api contract: the served OpenAPI document validates")
        contract = Contract(document, server.base)
        exercise(contract)
        documented = {(method, path) for path, operations in document["paths"].items()
                      for method in operations if method in ("get", "post", "put", "delete", "patch")}
        for method, path in sorted(documented - contract.called):
            contract.failures.append(f"{method.upper()} {path}: documented but never exercised")
        if contract.failures:
            print("\n".join(contract.failures))
            print("--- server log (tail) ---\n" + server.output())
            print(f"api contract: FAILED, {len(contract.failures)} problems in {contract.responses} responses")
            sys.exit(1)
    print(f"api contract: {contract.responses} responses over {len(documented)} operations fit the document")


if __name__ == "__main__":
    main()
