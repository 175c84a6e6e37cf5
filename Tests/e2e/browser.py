"""The real-browser end-to-end test: headless Chromium, driven through chromedriver by Selenium, against a real
`careerfinder serve`.

    python3 Tests/e2e/browser.py BINARY SCREENSHOT_DIR

It reads every catalogue page, takes the whole assessment through its pages with clicks (including Back and a
skipped item), checks the result page, votes and changes a vote, opens the private share link, deletes the
result after its confirmation page, analyzes a pasted job posting and an uploaded resume, matches a resume to a
posting, takes the assessment again by keyboard alone, and finally opens every page at 390 and 1280 px wide:
none may scroll sideways or show text under 12 px, and axe-core (4.12.1, from the pinned PyPI package
axe-playwright-python) must find no WCAG 2.1 A or AA violation. Every page also gets accessibility spot checks.
Exit status 0 when every check passed; otherwise one line per failed check, the server log's tail, and status 1.
"""

import importlib.util
import json
import os
import re
import shutil
import sys
import tempfile
import time
import traceback
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from server import Server, call, random_sheet  # noqa: E402

from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import (  # noqa: E402
    NoSuchElementException, UnexpectedAlertPresentException, WebDriverException)
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.select import Select  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

PAGE_TIMEOUT = 20

# The answers that steer toward MLOps Engineer, per part, as the form values of the radio buttons. With the
# weights of assessment.yaml (2026.11-2, the same as 2026.11-1) they score MLOps Engineer about 90 and the runner-up (Machine Learning
# Engineer) about 54: strongly agree with automating releases, monitoring and reliability, happy to be on call,
# containers, cloud and CI/CD rated 4, an operations background and platform work; little interest in analysis,
# product, language or vision work. Python is rated 1 on purpose, so MLOps Engineer has a skill gap to show.
PARTS = [
    ("Work you would enjoy", {
        "ship-model-service": "3", "tune-training": "2", "speed-up-inference": "3", "investigate-metric": "2",
        "design-experiment": "2", "present-findings": "2", "decide-roadmap": "1", "interview-users": "1",
        "align-teams": "2", "automate-releases": "5", "monitor-systems": "5", "keep-reliable": "5",
        "build-ai-app": "2", "try-new-models": "2", "connect-services": "3", "refine-instructions": "1",
        "write-precisely": "2", "probe-chatbot": "1", "study-language": "1", "process-text": "2",
        "recognise-speech": "1", "analyse-images": "1", "vision-applications": "1", "generate-images": "1",
    }),
    ("How you like to work", {
        "code-over-meetings": "4", "ambiguity": "2", "on-call": "5", "read-research": "2", "present-to-groups": "2",
    }),
    ("What you can do today", {
        "skill-python": "1", "skill-sql": "2", "skill-statistics": "1", "skill-ml-algorithms": "1",
        "skill-deep-learning": "1", "skill-maths": "1", "skill-containers": "4", "skill-cloud": "4",
        "skill-ci-cd": "4", "skill-software-engineering": "3", "skill-visualisation": "1", "skill-product": "0",
        "skill-user-research": "0", "skill-stakeholders": "2", "skill-llms": "1", "skill-prompting": "0",
        "skill-nlp": "0", "skill-vision": "0", "skill-writing": "1",
    }),
    ("Goals and background", {
        "priority": "reliability", "coding-appetite": "most", "background": "operations",
        "problem-domain": "platforms", "experience": "8+", "education": "bachelor", "workplace": "big-tech",
    }),
]
# The site shows at most twelve items a page, so the two long sections each take two pages.
PARTS = [
    (title, dict(list(answers.items())[start:end]))
    for section, answers in PARTS
    for title, start, end in (
        [(section, 0, 12), (f"{section} (continued)", 12, 24)] if len(answers) == 24
        else [(section, 0, 10), (f"{section} (continued)", 10, 19)] if len(answers) == 19
        else [(section, 0, len(answers))])
]
SKIPPED_ITEM = "experience"  # answered first, then changed to "Skip" before finishing
ITEM_COUNT = sum(len(answers) for _, answers in PARTS)
TOP_ROLE = ("mlops-engineer", "MLOps Engineer")
RUNNER_UP_ID = "ml-engineer"

POSTING = """Senior MLOps Engineer (platform team)

We run the platform that trains, ships and monitors our fraud models.

Requirements
- 5+ years running production infrastructure
- Kubernetes in production
- Terraform for infrastructure as code
- CI/CD pipelines (GitHub Actions or GitLab CI)
- Prometheus and Grafana for monitoring and alerting

Salary: $140,000 - $170,000 per year, plus equity.
"""
POSTING_SKILLS = ["Kubernetes", "Terraform", "CI/CD", "Prometheus"]
POSTING_SALARY = "$140,000 - $170,000"

RESUME = """# Sam Doe

Site reliability engineer, six years in operations teams.

## Skills
- Python, Bash, Git
- Docker and Kubernetes
- AWS (EC2, S3, EKS)
- Jenkins, GitHub Actions
"""
RESUME_SKILLS = ["Python", "Docker", "Kubernetes", "AWS", "Jenkins"]

# Run in the page: everything the accessibility spot checks look at, as a list of problems (empty when fine).
A11Y_SCRIPT = r"""
const problems = [];
const lang = document.documentElement.getAttribute('lang');
if (lang !== 'en') problems.push(`<html lang> is ${JSON.stringify(lang)}, expected "en"`);
const h1s = document.querySelectorAll('h1');
if (h1s.length !== 1) problems.push(`${h1s.length} h1 elements, expected exactly 1`);
const ids = new Map();
for (const el of document.querySelectorAll('[id]')) ids.set(el.id, (ids.get(el.id) || 0) + 1);
for (const [id, count] of ids) if (count > 1) problems.push(`id "${id}" is used ${count} times`);
const describe = (el) => el.outerHTML.slice(0, 160);
for (const el of document.querySelectorAll('input, select, textarea')) {
    const type = (el.getAttribute('type') || '').toLowerCase();
    if (el.tagName === 'INPUT' && ['hidden', 'submit', 'button', 'reset', 'image'].includes(type)) continue;
    let named = false;
    if (el.id) {
        for (const label of document.querySelectorAll('label')) {
            if (label.htmlFor === el.id && label.textContent.trim() !== '') named = true;
        }
    }
    if ((el.getAttribute('aria-label') || '').trim() !== '') named = true;
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy && labelledBy.split(/\s+/).every((id) => document.getElementById(id))) named = true;
    const wrapper = el.closest('label');
    if (wrapper && wrapper.textContent.trim() !== '') named = true;
    if (!named) problems.push(`form control without a label: ${describe(el)}`);
}
for (const svg of document.querySelectorAll('svg')) {
    if (svg.parentElement && svg.parentElement.closest('svg')) continue;
    const role = svg.getAttribute('role');
    const label = (svg.getAttribute('aria-label') || '').trim();
    const title = Array.from(svg.children).some((c) => c.tagName.toLowerCase() === 'title' && c.textContent.trim());
    // Decorative bars beside a printed figure are hidden from screen readers; a progress bar says its value.
    if (svg.getAttribute('aria-hidden') === 'true') continue;
    if (role === 'progressbar' && label && svg.hasAttribute('aria-valuenow')) continue;
    if (role !== 'img' || (!label && !title)) {
        problems.push(`svg without role="img" and an aria-label or <title>: ${describe(svg)}`);
    }
}
for (const img of document.querySelectorAll('img')) {
    if (!img.hasAttribute('alt') && (img.getAttribute('aria-label') || '').trim() === '') {
        problems.push(`img without alt or aria-label: ${describe(img)}`);
    }
}
return problems;
"""


class Failures:
    """Collects failed checks; each is one line naming the page, what was expected and what was found."""

    def __init__(self):
        self.lines = []
        self.count = 0

    def check(self, condition, page, expected, found=""):
        self.count += 1
        if not condition:
            line = f"FAIL [{page}] expected {expected}"
            if found != "":
                line += f"; found {found}"
            self.lines.append(line)
            print("  " + line, flush=True)
        return bool(condition)


class Browser:
    """The driver plus the helpers every step uses: navigation, waiting, screenshots and the common checks."""

    def __init__(self, base, screenshots, failures):
        self.base = base
        self.screenshots = screenshots
        self.failures = failures
        self.shot = 0
        options = webdriver.ChromeOptions()
        for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,2000"]:
            options.add_argument(argument)
        if os.path.exists("/usr/bin/chromium"):
            options.binary_location = "/usr/bin/chromium"
        driver_path = "/usr/bin/chromedriver" if os.path.exists("/usr/bin/chromedriver") else shutil.which(
            "chromedriver")
        if not driver_path:
            raise RuntimeError("no chromedriver: install Debian's chromium-driver")
        self.driver = webdriver.Chrome(service=Service(driver_path), options=options)
        self.driver.set_page_load_timeout(PAGE_TIMEOUT)

    def quit(self):
        self.driver.quit()

    def open(self, path):
        self.driver.get(self.base + path)
        self.wait_ready()

    def wait_ready(self):
        WebDriverWait(self.driver, PAGE_TIMEOUT).until(
            lambda d: d.execute_script("return document.readyState") == "complete")

    def click_and_load(self, element, confirm=False):
        """Clicks something that loads a new page (a link or a submit button) and waits for the new page.

        The old page is marked with a window property; the new page has none. (Waiting for an old element to go
        stale instead makes chromedriver fail now and then with "Node with given id does not belong to the
        document" while the page changes.) With `confirm`, a confirmation dialog, if one appears, is accepted.
        """
        self.driver.execute_script("window.e2eOldPage = true")
        element.click()

        def loaded(driver):
            try:
                return driver.execute_script("return !window.e2eOldPage && document.readyState === 'complete'")
            except UnexpectedAlertPresentException:
                if not confirm:
                    raise
                driver.switch_to.alert.accept()
                return False
            except WebDriverException:
                return False  # between two documents

        WebDriverWait(self.driver, PAGE_TIMEOUT, poll_frequency=0.1).until(loaded)

    def find(self, css, within=None):
        return (within or self.driver).find_element(By.CSS_SELECTOR, css)

    def find_all(self, css, within=None):
        return (within or self.driver).find_elements(By.CSS_SELECTOR, css)

    def path(self):
        return self.driver.current_url.removeprefix(self.base)

    def main_text(self):
        return self.find("main").text

    def screenshot(self, name):
        self.shot += 1
        file = os.path.join(self.screenshots, f"{self.shot:02d}-{name}.png")
        self.driver.save_screenshot(file)
        return file

    def common_checks(self, page, h1):
        """Every page: no server error, exactly the expected h1, and the accessibility spot checks."""
        check = self.failures.check
        source = self.driver.page_source
        check("Internal Server Error" not in source, page, 'no "Internal Server Error"', "it on the page")
        headings = [element.text.strip() for element in self.find_all("h1")]
        check(headings == [h1], page, f"exactly one h1 {h1!r}", f"{headings!r}")
        for problem in self.driver.execute_script(A11Y_SCRIPT):
            check(False, page, "accessible markup", problem)

    def section_after(self, heading):
        """The element that follows the h2 with this text (the section's list), or None."""
        for h2 in self.find_all("main h2"):
            if h2.text.strip() == heading:
                return self.driver.execute_script("return arguments[0].nextElementSibling", h2)
        return None


def step(title):
    print(f"== {title}", flush=True)


def reading_pages(b):
    check = b.failures.check
    step("reading pages")

    b.open("/")
    page = "/"
    b.common_checks(page, "Find the AI career that fits you")
    links = [a.get_attribute("href") for a in b.find_all("main a")]
    for target in ["/assessment", "/roles", "/compare", "/salaries", "/analyze"]:
        check(b.base + target in links, page, f"a link to {target} in the main content", f"links {links}")
    check(f"{ITEM_COUNT} questions" in b.main_text(), page, f"the question count ({ITEM_COUNT} questions)", b.main_text()[:200])
    print(f"  home: {b.screenshot('home')}")

    b.open("/roles")
    page = "/roles"
    b.common_checks(page, "AI roles")
    profiled = [a.get_attribute("href").removeprefix(b.base) for a in b.find_all("main ul:first-of-type > li > a")]
    for role in ["ml-engineer", "data-scientist", "mlops-engineer", "ai-product-manager", "ai-engineer",
                 "prompt-engineer", "nlp-engineer", "computer-vision-engineer"]:
        check(f"/roles/{role}" in profiled, page, f"a link to /roles/{role}", f"{profiled}")
    check(b.section_after("Career-ladder positions the sources name") is not None, page,
          'a "Career-ladder positions the sources name" section', "none")
    print(f"  roles: {b.screenshot('roles')}")

    b.open("/roles/ml-engineer")
    page = "/roles/ml-engineer"
    b.common_checks(page, "Machine Learning Engineer")
    for heading in ["Focus", "Daily tasks", "Tools", "Technical skills", "Salaries by level", "Career ladder",
                    "How to start"]:
        check(b.section_after(heading) is not None, page, f'an h2 "{heading}" with content after it', "none")
    charts = b.find_all("main figure.chart")
    if check(len(charts) == 1, page, 'a pay chart after "Salaries by level"', f"{len(charts)}"):
        labels = charts[0].text
        for source in ["The Ultimate AI Career Comparison", "Data Scientist vs Machine Learning Engineer"]:
            check(source in labels, page, f"the salary chart to name its source {source}", repr(labels[:300]))
        check(len(b.find_all("svg.track rect", charts[0])) >= 3, page, "at least 3 salary bars",
              len(b.find_all("svg.track rect", charts[0])))
        axis = [x.text for x in b.find_all(".chart-axis span", charts[0])]
        check(len(axis) == 5 and axis[0] == "$0", page, "an axis from $0 in five steps", f"{axis}")
    check(len(b.find_all('main a[href="/salaries?role=ml-engineer"]')) == 1, page,
          "a link to every band with its source (/salaries?role=ml-engineer)", "none")
    check(len(b.find_all('main .src a[href^="/sources#seed-"]')) > 10, page, "statements citing seed sources",
          len(b.find_all('main .src a[href^="/sources#seed-"]')))
    print(f"  role: {b.screenshot('role-ml-engineer')}")

    b.open("/compare?roles=ml-engineer&roles=data-scientist")
    page = "/compare?roles=ml-engineer&roles=data-scientist"
    b.common_checks(page, "Compare roles")
    tables = b.find_all("main table")
    if check(len(tables) == 1, page, "one comparison table", f"{len(tables)} tables"):
        columns = [th.text.strip() for th in b.find_all('tr:first-child th[scope="col"]', tables[0])]
        check(columns == ["Aspect", "Machine Learning Engineer", "Data Scientist"], page,
              "columns Aspect, Machine Learning Engineer, Data Scientist", f"{columns}")
        rows = b.find_all('th[scope="row"]', tables[0])
        check(len(rows) >= 5, page, "at least 5 aspects compared", f"{len(rows)}")
    checked = sorted(box.get_attribute("value") for box in b.find_all('input[name="roles"]') if box.is_selected())
    check(checked == ["data-scientist", "ml-engineer"], page, "the two compared roles ticked in the form",
          f"{checked}")
    print(f"  compare: {b.screenshot('compare')}")

    b.open("/salaries?role=data-scientist")
    page = "/salaries?role=data-scientist"
    b.common_checks(page, "Salaries by level")
    charts = b.find_all("main figure.chart")
    if check(len(charts) == 1, page, "one pay chart", f"{len(charts)}"):
        check(len(b.find_all("svg.track rect", charts[0])) >= 3, page, "at least 3 salary bars in the chart",
              len(b.find_all("svg.track rect", charts[0])))
        check("United States" in charts[0].text, page, "national official figures without a place",
              repr(charts[0].text[-200:]))
    selected = Select(b.find("select#role")).first_selected_option.get_attribute("value")
    check(selected == "data-scientist", page, "data-scientist selected in the role menu", selected)
    cells = [row.find_elements(By.TAG_NAME, "td")
             for row in b.find_all('main div[aria-label="Every band as printed"] table tr')[1:]]
    check(cells and all(c[0].text == "Data Scientist" for c in cells), page, "table rows for Data Scientist only",
          f"{[c[0].text for c in cells]}")
    check(any("$95,000 – $125,000" in c[2].text for c in cells), page,
          'the seed-000 entry band "$95,000 – $125,000" as printed', "none")
    check(b.section_after("What each source covers") is not None, page, 'a "What each source covers" section',
          "none")
    print(f"  salaries: {b.screenshot('salaries')}")

    b.open("/sources")
    page = "/sources"
    b.common_checks(page, "Sources")
    for source, title in [
        ("seed-000", "ML Engineer vs Data Scientist vs AI PM"),
        ("seed-001", "AI Career Paths Explained"),
        ("seed-002", "Machine Learning Engineer vs AI Engineer"),
        ("seed-003", "Data Scientist vs Machine Learning Engineer"),
    ]:
        items = b.find_all(f"main li#{source}")
        check(len(items) == 1 and title in items[0].text, page, f"li#{source} with the title {title!r}",
              items[0].text[:120] if items else "no such item")
    print(f"  sources: {b.screenshot('sources')}")

    b.open("/analyze")
    page = "/analyze"
    b.common_checks(page, "Analyze a resume or a job posting")
    form = b.find_all('main form[action="/analyze"]')
    if check(len(form) == 1, page, "one form posting to /analyze", f"{len(form)}"):
        check(form[0].get_attribute("enctype") == "multipart/form-data", page, "a multipart form (file upload)",
              form[0].get_attribute("enctype"))
    for css in ["input#kind-resume", "input#kind-job", "textarea#text", "input#file[type=file]", "select#target"]:
        check(len(b.find_all(css)) == 1, page, f"a control {css}", "none")
    print(f"  analyze: {b.screenshot('analyze')}")


def part_page(b, number, title):
    """Checks the assessment page for part `number` (1-based): heading, progress text and progress bar."""
    check = b.failures.check
    total = len(PARTS)
    page = f"assessment part {number}"
    b.common_checks(page, f"Assessment: {title}")
    progress = b.find("main > p").text
    check(progress.startswith(f"Part {number} of {total}: {title}."), page, f'"Part {number} of {total}: {title}."',
          repr(progress[:80]))
    value = b.find('[role="progressbar"]').get_attribute("aria-valuenow")
    check(value == str(100 * (number - 1) // total), page, f"progress bar at {100 * (number - 1) // total}%", value)
    return page


def answer_part(b, number):
    """Clicks the planned answer of every item of the part, then checks each one is selected."""
    page = f"assessment part {number}"
    answers = PARTS[number - 1][1]
    names = []
    for fieldset in b.find_all("main form fieldset"):
        name = b.find("input[type=radio]", fieldset).get_attribute("name")
        names.append(name)
        choice = next((r for r in b.find_all("input[type=radio]", fieldset) if r.get_attribute("value")
                       == answers.get(name)), None)
        if not b.failures.check(choice is not None, page, f"a radio button {answers.get(name)!r} for {name}",
                                "none"):
            continue
        choice.click()
        b.failures.check(choice.is_selected(), page, f"{name}={answers[name]} selected after the click", "not")
    b.failures.check(sorted(names) == sorted(answers), page, f"the items {sorted(answers)}", f"{sorted(names)}")


def selected_answers(b):
    """The value of the checked radio button of every item on the current part."""
    chosen = {}
    for fieldset in b.find_all("main form fieldset"):
        checked = b.find_all("input[type=radio]:checked", fieldset)
        name = b.find("input[type=radio]", fieldset).get_attribute("name")
        chosen[name] = checked[0].get_attribute("value") if len(checked) == 1 else f"{len(checked)} checked"
    return chosen


def button(b, label):
    for candidate in b.find_all("main form button"):
        if candidate.text.strip() == label:
            return candidate
    raise NoSuchElementException(f'no button "{label}" on {b.path()}')


def assessment(b):
    """Takes the whole assessment by clicking; returns the result page's path."""
    check = b.failures.check
    step("assessment")
    b.open("/")
    start = [a for a in b.find_all("main a") if a.get_attribute("href") == b.base + "/assessment"]
    check(start and start[0].text.startswith("Take the"), "/", 'the link "Take the 15-minute assessment"',
          start[0].text if start else "none")
    b.click_and_load(start[0])
    check(b.path() == "/assessment", "/", "the link to lead to /assessment", b.path())
    for number, (title, answers) in enumerate(PARTS, start=1):
        page = part_page(b, number, title)
        if number == 1:
            chosen = [r for r in b.find_all("input[type=radio]") if r.is_selected()]
            check(not chosen, page, "every item unanswered until the person chooses",
                  f"{len(chosen)} choices made already")
        if number > 1:
            check(len([x for x in b.find_all("main form button") if x.text == "Back"]) == 1, page, 'a "Back" button',
                  "none")
        answer_part(b, number)
        print(f"  part {number}: {b.screenshot(f'assessment-part-{number}')}")
        if number < len(PARTS):
            b.click_and_load(button(b, "Next"))

    # Back from the last part: the previous part still shows every answer given, and so does the last.
    page = f"assessment part {len(PARTS)}"
    b.click_and_load(button(b, "Back"))
    number = len(PARTS) - 1
    part_page(b, number, PARTS[number - 1][0])
    given = PARTS[number - 1][1]
    found = selected_answers(b)
    wrong = {name: found.get(name) for name in given if found.get(name) != given[name]}
    check(not wrong, f"assessment part {number} after Back", "every earlier answer still selected",
          f"these differ: {wrong}")
    print(f"  back to part {number}: {b.screenshot(f'assessment-part-{number}-after-back')}")
    b.click_and_load(button(b, "Next"))
    part_page(b, len(PARTS), PARTS[-1][0])
    found = selected_answers(b)
    wrong = {name: found.get(name) for name in PARTS[-1][1] if found.get(name) != PARTS[-1][1][name]}
    check(not wrong, f"{page} after Back then Next", "the answers given before Back still selected",
          f"these differ: {wrong}")

    # Skip one item, then finish.
    skip = b.find(f'input[name="{SKIPPED_ITEM}"][value="skip"]')
    skip.click()
    check(skip.is_selected(), page, f'"Skip" selected for {SKIPPED_ITEM}', "not selected")
    print(f"  part {len(PARTS)} again, one item skipped: {b.screenshot(f'assessment-part-{len(PARTS)}-skip')}")
    b.click_and_load(button(b, "See my result"))
    check(b.path().startswith("/results/"), page, '"See my result" to lead to /results/TOKEN', b.path())
    return b.path()


def result_page_checks(b, page):
    """The parts of a result page that must be there on every load; returns the ranked role ids."""
    check = b.failures.check
    b.common_checks(page, "Your AI career result")
    text = b.main_text()
    check(f"{ITEM_COUNT - 1} of {ITEM_COUNT} items answered" in text, page,
          f'"{ITEM_COUNT - 1} of {ITEM_COUNT} items answered" (one skipped)', repr(text[:160]))
    rankings = b.find_all("main ol.ranking")
    if not check(len(rankings) == 1, page, 'one ranking list after "Your ranking"', "none"):
        return []
    ranking = rankings[0]
    roles = [a.get_attribute("href").removeprefix(b.base + "/roles/") for a in b.find_all(":scope > li a", ranking)]
    titles = [a.text for a in b.find_all(":scope > li a", ranking)]
    check(roles[:1] == [TOP_ROLE[0]] and titles[:1] == [TOP_ROLE[1]], page, f"{TOP_ROLE[1]} ranked first",
          f"{titles[:3]}")
    check(len(roles) == 8, page, "all 8 profiled roles ranked", f"{len(roles)}")
    check("Close call" not in text, page, "no close call (the profile is unambiguous)", "a close-call notice")
    return roles


def result(b, result_path):
    check = b.failures.check
    step("result")
    page = result_path
    roles = result_page_checks(b, page)
    # Every bar on one shared axis: the tracks are equally wide and start at the same place, so a higher score
    # always reaches further right.
    tracks = b.find_all("main ol.ranking svg.track")
    check(len(tracks) == len(roles) and tracks, page, "a fit bar for every ranked role", f"{len(tracks)}")
    lefts = {round(t.location["x"]) for t in tracks}
    widths = {round(t.size["width"]) for t in tracks}
    check(len(lefts) == 1 and len(widths) == 1, page, "every track at the same place and width",
          f"left edges {lefts}, widths {widths}")
    ends = [b.find("rect", t).rect["width"] for t in tracks]
    check(ends == sorted(ends, reverse=True) and ends[0] > 0, page, "fit bars longest first", f"{ends}")
    check("0 to 100" in b.main_text(), page, "the scale stated", "not stated")
    tables = [t for t in b.find_all("main table") if TOP_ROLE[1] in t.text]
    if check(len(tables) == 1, page, f"a profile table naming {TOP_ROLE[1]}", f"{len(tables)}"):
        rows = b.find_all("tr", tables[0])
        check(len(rows) == 5, page, "a header and 4 parts in the profile table", f"{len(rows)} rows")

    # The explanation of the top role opens on click and lists the contributions.
    details = b.find_all("main details")
    if check(len(details) == len(roles), page, "one <details> explanation per ranked role", f"{len(details)}"):
        first = details[0]
        summary = b.find("summary", first)
        check(summary.text.startswith(f"{TOP_ROLE[1]}:"), page, f"the first explanation to be {TOP_ROLE[1]}'s",
              summary.text)
        check(first.get_attribute("open") is None, page, "the explanation closed before the click", "open")
        summary.click()
        WebDriverWait(b.driver, 5).until(lambda d: first.get_attribute("open") is not None)
        items = [li for li in b.find_all("li", first) if li.is_displayed()]
        check(len(items) >= 10, page, "at least 10 visible contributions after opening",
              f"{len(items)} visible")
        lines = "\n".join(li.text for li in items)
        check("Keeping systems running reliably" in lines and "(you: 5 (Strongly agree))" in lines, page,
              "the reliability answer among the contributions", repr(lines[:300]))
        check(all(li.text[:1] in "+-" for li in items), page, "each contribution starting with its signed points",
              repr([li.text[:20] for li in items[:5]]))
    gaps = b.section_after("Skill gaps for your top role")
    check(gaps is not None and "Python programming (rated 1)" in gaps.text, page,
          'a skill gaps section naming "Python programming (rated 1)"', gaps.text[:200] if gaps else "no section")
    steps = b.section_after("Next steps")
    check(steps is not None and steps.tag_name == "ol" and len(b.find_all(":scope > li", steps)) >= 2, page,
          'a "Next steps" ordered list', steps.text[:200] if steps else "no section")
    print(f"  result: {b.screenshot('result')}")

    # "Was this right for you?": a good fit for the top role, a poor fit for the runner-up.
    # One vote per role, which a second vote changes: good then poor for the top role, poor for the runner-up.
    for verdict, role, title in [("Good", TOP_ROLE[0], TOP_ROLE[1]), ("Poor", TOP_ROLE[0], TOP_ROLE[1]),
                                 ("Poor", RUNNER_UP_ID, "Machine Learning Engineer")]:
        forms = b.find_all(f'main form[aria-label="Is {title} right for you?"]')
        if not check(len(forms) == 1, page, f'a feedback form labelled for {title}', f"{len(forms)}"):
            continue
        feedback = [x for x in b.find_all("button", forms[0]) if x.text == f"{verdict} fit"]
        b.click_and_load(feedback[0])
        check(b.path() == f"{result_path}?rated={role}#fit-{role}", page,
              f"{verdict} fit to come back to the role on the page", b.path())
        notices = b.find_all('main p.notice[role="status"]')
        expected = f"Thank you: you rated {title} a {verdict.lower()} fit."
        check(notices and expected in notices[0].text, page, repr(expected), notices[0].text if notices else "none")
        form = b.find(f'main form[aria-label="Is {title} right for you?"]')
        pressed = [x.text for x in b.find_all('button[aria-pressed="true"]', form)]
        check(pressed == [f"{verdict} fit"], page, f'"{verdict} fit" shown as chosen for {title}', f"{pressed}")
        result_page_checks(b, f"{result_path}?rated={role}")
    print(f"  feedback: {b.screenshot('result-feedback')}")

    # The private share link, opened in a fresh page load.
    link = None
    for paragraph in b.find_all("main p"):
        if paragraph.text.startswith("Private link"):
            link = b.find("a", paragraph)
    if not check(link is not None, page, 'a "Private link" paragraph with a link', "none"):
        return None
    share = link.get_attribute("href")
    check(share == b.base + result_path, page, f"the share link {b.base + result_path}", share)
    check(link.text == share, page, "the link text to be the full address to copy", link.text)
    b.driver.get("about:blank")
    b.open(share.removeprefix(b.base))
    page = "shared " + result_path
    result_page_checks(b, page)
    check(not b.find_all("main p.notice[role=status]"), page, "no feedback confirmation on a fresh load", "one")
    print(f"  shared link: {b.screenshot('result-shared')}")
    return share


def delete(b, share):
    check = b.failures.check
    step("delete")
    page = share.removeprefix(b.base)
    links = [a for a in b.find_all("main a") if a.text == "Delete this result"]
    if not check(len(links) == 1, page, 'one "Delete this result" link', f"{len(links)}"):
        return
    # Deleting asks first, on a page of its own; "No, keep it" goes back with nothing lost.
    b.click_and_load(links[0])
    b.common_checks(f"{page}/delete", "Delete this result?")
    keep = [a for a in b.find_all("main a") if a.text == "No, keep it"]
    if check(len(keep) == 1, f"{page}/delete", 'a "No, keep it" link', "none"):
        b.click_and_load(keep[0])
        check(b.path() == page, f"{page}/delete", "keeping it to go back to the result", b.path())
        b.click_and_load([a for a in b.find_all("main a") if a.text == "Delete this result"][0])
    print(f"  confirm delete: {b.screenshot('result-confirm-delete')}")
    b.click_and_load(button(b, "Yes, delete it"))
    b.common_checks(f"{page}/delete", "Result deleted")
    check("Your result and its answers are gone" in b.main_text(), f"{page}/delete",
          '"Your result and its answers are gone"', repr(b.main_text()[:200]))
    print(f"  deleted: {b.screenshot('result-deleted')}")

    b.open(page)
    b.common_checks("deleted " + page, "Not Found")
    alerts = b.find_all('main p[role="alert"]')
    check(alerts and "No saved result has that link" in alerts[0].text, "deleted " + page,
          '"No saved result has that link (it may have been deleted)."', alerts[0].text if alerts else "no alert")
    try:
        status = urllib.request.urlopen(share, timeout=10).status
    except urllib.error.HTTPError as error:
        status = error.code
    check(status == 404, "deleted " + page, "HTTP 404 for the deleted result", status)
    print(f"  share link after delete: {b.screenshot('result-not-found')}")


def analyze(b, folder):
    check = b.failures.check
    step("analyze a pasted posting")
    b.open("/analyze")
    page = "/analyze (pasted posting)"
    b.find("#kind-job").click()
    check(b.find("#kind-job").is_selected(), page, '"A job posting" selected', "not selected")
    text = b.find("#text")
    b.driver.execute_script("arguments[0].value = arguments[1]", text, POSTING)  # a paste, not typing
    b.click_and_load(button(b, "Analyze"))
    b.common_checks(page, "Analyze a resume or a job posting")
    headings = [h2.text for h2 in b.find_all("main h2")]
    check(f"This posting is most like: {TOP_ROLE[1]}" in headings, page,
          f'"This posting is most like: {TOP_ROLE[1]}"', f"{headings}")
    required = b.section_after("Required")
    for skill in POSTING_SKILLS:
        check(required is not None and skill in required.text.split(", "), page, f"{skill} among the required skills",
              required.text if required else "no Required section")
    salary = [p.text for p in b.find_all("main p") if p.text.startswith("Salary:")]
    check(len(salary) == 1 and salary[0].startswith(f"Salary: {POSTING_SALARY}"), page,
          f'"Salary: {POSTING_SALARY}" (as printed, period allowed after it)', f"{salary}")
    check(b.find("#kind-job").is_selected(), page, '"A job posting" still selected after submitting', "not")
    check(not b.find_all('main p[role="status"]'), page, "nothing saved (save was not ticked)", "a saved notice")
    print(f"  posting: {b.screenshot('analyze-posting')}")

    step("analyze an uploaded resume")
    page = "/analyze (uploaded resume)"
    file = os.path.join(folder, "sam-doe-resume.md")
    with open(file, "w", encoding="utf-8") as out:
        out.write(RESUME)
    b.find("#kind-resume").click()
    b.find("#text").clear()
    Select(b.find("#target")).select_by_visible_text(TOP_ROLE[1])
    b.find("#file").send_keys(os.path.abspath(file))
    b.click_and_load(button(b, "Analyze"))
    b.common_checks(page, "Analyze a resume or a job posting")
    found = b.section_after(next((h for h in [h2.text for h2 in b.find_all("main h2")]
                                  if h.startswith("Skills found")), "Skills found"))
    names = [item.text.split(":")[0] for item in b.find_all(":scope > li", found)] if found else []
    for skill in RESUME_SKILLS:
        check(skill in names, page, f"{skill} among the skills found in the file", f"{names}")
    check("Terraform" not in (found.text if found else ""), page, "the posting's text not analyzed (the file was)",
          found.text if found else "")
    check(b.section_after("Coverage of each role's required skills") is not None, page, "a coverage section", "none")
    plan = b.section_after(f"Plan toward {TOP_ROLE[1]}")
    check(plan is not None and len(b.find_all(":scope > li", plan)) >= 1, page, f'a "Plan toward {TOP_ROLE[1]}" list',
          "none")
    check("Sam Doe" in b.find("#text").get_attribute("value"), page, "the uploaded file's text shown in the text box",
          repr(b.find("#text").get_attribute("value")[:80]))
    print(f"  upload: {b.screenshot('analyze-upload')}")

    step("match a resume to a posting")
    page = "/match"
    b.open("/match")
    b.common_checks(page, "Match your resume to a job posting")
    b.driver.execute_script("arguments[0].value = arguments[1]", b.find("#resume"), MATCH_RESUME)
    b.driver.execute_script("arguments[0].value = arguments[1]", b.find("#posting"), MATCH_POSTING)
    b.click_and_load(button(b, "Match"))
    b.common_checks(page, "Match your resume to a job posting")
    headings = [h2.text for h2 in b.find_all("main h2")]
    check(any(h.startswith("Match: ") and h.endswith("/ 100") for h in headings), page, '"Match: N / 100"',
          f"{headings}")
    required = b.section_after("Required by the posting")
    lines = [item.text for item in b.find_all(":scope > li", required)] if required else []
    check(any(line.startswith("Infrastructure as code") and "implied by Terraform" in line for line in lines), page,
          "infrastructure as code met, implied by Terraform", f"{lines}")
    check(any("only in your skills list" in line for line in lines), page, "a skill marked as only in the skills list",
          f"{lines}")
    missing = b.section_after("Missing, most important first")
    check(missing is not None and "Java" in missing.text, page, "Java among the missing skills",
          missing.text if missing else "no Missing section")
    check("Terraform" in b.find("#resume").get_attribute("value"), page, "the resume kept in its box", "")
    print(f"  match: {b.screenshot('match')}")


MATCH_RESUME = """Dana Okafor, backend engineer
Experience
- Wrote Terraform modules and ran models on KServe.
- The team retrains the model weekly and monitors drift.
Skills: Python, Go
"""

MATCH_POSTING = """MLOps Engineer
Requirements
- Strong Python; Java a plus
- Infrastructure as code and drift detection
"""


def pathways(b):
    check = b.failures.check
    step("salary in a place, and career paths")
    b.open("/salaries?role=data-scientist")
    page = "/salaries (role and place)"
    b.find("input#area").send_keys("austin")
    b.click_and_load(button(b, "Show"))
    b.common_checks(page, "Salaries by level")
    place = "Data Scientist in Austin-Round Rock-San Marcos, TX"
    headings = [h2.text for h2 in b.find_all("main h2")]
    check(place in headings, page, f'an h2 "{place}"', f"{headings}")
    charts = b.find_all("main figure.chart")
    check(len(charts) == 1 and len(b.find_all("svg.track rect", charts[0])) >= 8, page,
          "one chart with the bands and the official boxes", f"{len(charts)} charts")
    occupations = [h3.text for h3 in b.find_all("main h3")]
    check("Closest official occupation: Data Scientists (15-2051)" in occupations, page,
          "the closest official occupation Data Scientists (15-2051) named as such", f"{occupations}")
    rows = [row.text for row in b.find_all("main table tr")]
    check(any(r.startswith("Austin-Round Rock-San Marcos, TX") and "$127,360" in r for r in rows), page,
          "Austin's row with the published median $127,360", f"{rows[:4]}")
    check(any(r.startswith("National") and "$120,230" in r for r in rows), page,
          "the national row with the published median $120,230", f"{rows[:4]}")
    check("BLS.gov cannot vouch" in b.main_text(), page, "the BLS attribution", "none")
    print(f"  salaries in a place: {b.screenshot('salaries-austin')}")

    page = "/salaries (misspelt place)"
    field = b.find("input#area")
    field.clear()
    field.send_keys("Austn")
    b.click_and_load(button(b, "Show"))
    b.common_checks(page, "Salaries by level")
    alerts = [p.text for p in b.find_all('main p[role="alert"]')]
    check(len(alerts) == 1 and "did you mean" in alerts[0], page, "one alert with a suggestion", f"{alerts}")
    suggestion = [a for a in b.find_all("main ul a") if a.text == "Austin-Round Rock-San Marcos, TX"]
    if check(len(suggestion) == 1, page, "a link to the suggested area", "none"):
        print(f"  unknown place: {b.screenshot('salaries-unknown-place')}")
        b.click_and_load(suggestion[0])
        headings = [h2.text for h2 in b.find_all("main h2")]
        check(place in headings, page + " -> suggestion", f'the suggestion leads to "{place}"', f"{headings}")

    b.open("/path")
    page = "/path"
    b.common_checks(page, "Plan a career move")
    Select(b.find("select#from")).select_by_value("data-analyst")
    Select(b.find("select#to")).select_by_value("ml-engineer")
    b.find("input#have").send_keys("pandas, numpy")
    b.click_and_load(button(b, "Plan my route"))
    b.common_checks(page, "Plan a career move")
    headings = [h2.text for h2 in b.find_all("main h2")]
    check(len(headings) == 3 and headings[0].startswith("Cheapest route: Data Analyst")
          and headings[0].endswith("Machine Learning Engineer") and headings[2].startswith("Alternative 2"), page,
          "the cheapest route and two alternatives from Data Analyst to Machine Learning Engineer", f"{headings}")
    steps = b.find_all("main section.route li")
    check(steps and all("Learn:" in li.text for li in steps), page, "every step says what to learn", f"{len(steps)}")
    check(any("Project:" in li.text for li in steps), page, "portfolio projects on the steps", "none")
    learned = " ".join(li.text.split("Learn:")[1].split("Already have:")[0] for li in steps if "Learn:" in li.text)
    check("pandas" not in learned and "NumPy" not in learned, page, "owned skills (pandas, NumPy) not to learn",
          learned[:200])
    check(any("Already have: pandas, NumPy" in li.text or "Already have: NumPy, pandas" in li.text for li in steps),
          page, "owned skills listed as already had on a step", "none")
    print(f"  path: {b.screenshot('path')}")

    Select(b.find("select#from")).select_by_value("vp-of-product")
    Select(b.find("select#to")).select_by_value("prompt-engineer")
    b.find("input#have").clear()
    b.click_and_load(button(b, "Plan my route"))
    page = "/path (unreachable)"
    b.common_checks(page, "Plan a career move")
    alerts = [p.text for p in b.find_all('main p[role="alert"]')]
    check(len(alerts) == 1 and "no route from" in alerts[0].lower(), page, "an alert saying why there is no route", f"{alerts}")
    print(f"  unreachable: {b.screenshot('path-unreachable')}")

    b.open("/sources")
    page = "/sources (data sets)"
    for source, text in [("bls-oews-2025", "BLS.gov cannot vouch for the data"),
                         ("onet-29-2", "Used under the CC BY 4.0 license")]:
        items = b.find_all(f"main li#{source}")
        check(len(items) == 1 and text in items[0].text, page, f"li#{source} with its attribution", "none")


def plans(b):
    """A plan from a pasted resume: tick a step, reload and find it kept, and print it without the site's chrome."""
    check = b.failures.check
    step("a learning plan from a pasted resume")
    b.open("/plan")
    page = "/plan"
    b.common_checks(page, "Make a learning plan")
    Select(b.find("select#target")).select_by_visible_text(TOP_ROLE[1])
    b.driver.execute_script("arguments[0].value = arguments[1]", b.find("#resume"), RESUME)
    b.find("#hours").send_keys("6")
    b.click_and_load(button(b, "Make my plan"))
    path = b.path()
    check(path.startswith("/plans/"), page, "the plan to open at its private link", path)
    page = "plan " + path
    b.common_checks(page, f"Your plan toward {TOP_ROLE[1]}")
    status = b.find('main p[role="status"]').text
    total = int(status.split(" of ")[1].split()[0]) if " of " in status else 0
    check(status.startswith("0 of ") and total >= 3, page, '"0 of N steps done"', repr(status))
    check("weeks at 6 hours a week" in b.main_text(), page, "a calendar at 6 hours a week", "none")
    steps = b.find_all("main ul.steps > li")
    check(steps and not any(li.get_attribute("id") == "step-kubernetes" for li in steps), page,
          "Kubernetes left out (the resume names it)", "listed")
    first = steps[0].get_attribute("id")
    b.click_and_load(b.find("button", steps[0]))
    b.open(path)  # a fresh load, as when coming back another day
    status = b.find('main p[role="status"]').text
    check(status.startswith(f"1 of {total} "), page, "the tick kept after a reload", repr(status))
    undo = b.find_all(f"main li#{first} button")
    check(undo and undo[0].text == "Undo", page, f"the ticked step {first} offering Undo", "none")
    print(f"  plan: {b.screenshot('plan')}")
    b.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    hidden = b.driver.execute_script(
        "return ['nav', 'footer', 'main form'].map(s => getComputedStyle(document.querySelector(s)).display)")
    check(hidden == ["none", "none", "none"], page, "navigation, footer and buttons hidden in print", f"{hidden}")
    print(f"  plan as printed: {b.screenshot('plan-print')}")
    b.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


GUIDED = ["ml-engineer", "data-scientist", "mlops-engineer", "ai-product-manager", "ai-engineer", "prompt-engineer",
          "nlp-engineer", "computer-vision-engineer"]


def guides(b):
    """Every role's guide renders, and every statement or figure on it names its source."""
    check = b.failures.check
    step("role guides")
    for role in GUIDED:
        page = f"/guides/{role}"
        b.open(page)
        title = b.find("h1").text
        b.common_checks(page, title)
        check(title.startswith("How to become a"), page, '"How to become a ..."', title)
        headings = [h2.text for h2 in b.find_all("main h2")]
        for heading in ["Who it suits", "What to learn, in order", "Pay by level", "The ladder", "First steps"]:
            check(heading in headings, page, f'a "{heading}" section', f"{headings}")
        items = [li for li in b.find_all("main ul li, main ol li") if "learn" not in
                 (li.find_element(By.XPATH, "..").get_attribute("class") or "")]
        unsourced = [li.text[:60] for li in items if not li.find_elements(By.CSS_SELECTOR, ".src a")]
        check(len(items) > 10 and not unsourced, page, "every statement and figure with its source",
              f"{len(items)} items, unsourced: {unsourced[:3]}")
    print(f"  guide: {b.screenshot('guide')}")


def interview(b):
    """Interview practice by clicks: each question's points opened and ticked, then the summary."""
    check = b.failures.check
    step("interview practice")
    b.open("/interview?role=ai-product-manager")
    page = "/interview"
    b.common_checks(page, "Interview practice")
    b.find("#count").clear()
    b.find("#count").send_keys("3")
    b.click_and_load(button(b, "Start"))
    for number in range(1, 4):
        page = f"interview question {number}"
        b.common_checks(page, "Interview practice: AI Product Manager")
        check(f"Question {number} of 3" in b.main_text(), page, f'"Question {number} of 3"', b.main_text()[:80])
        b.find("main details summary").click()
        boxes = b.find_all("main details input[type=checkbox]")
        check(3 <= len(boxes) <= 6, page, "3 to 6 points to tick", f"{len(boxes)}")
        if number == 1:
            for box in boxes:
                box.click()
        if number == 1:
            print(f"  question: {b.screenshot('interview-question')}")
        b.click_and_load(button(b, "See how it went" if number == 3 else "Next question"))
    page = "interview summary"
    b.common_checks(page, "Interview practice: how it went")
    status = b.find('main p[role="status"]').text
    check(status.startswith("You covered ") and not status.startswith("You covered 0 "), page,
          "the first question's points counted", repr(status))
    print(f"  summary: {b.screenshot('interview-summary')}")


# Pages checked at phone and desktop width with axe-core; a saved result and a saved analysis are added.
SWEEP = ["/", "/roles", "/roles/ml-engineer", "/roles/senior-ml-engineer", "/compare",
         "/compare?roles=ml-engineer&roles=data-scientist&roles=mlops-engineer&roles=ai-product-manager",
         "/salaries", "/salaries?role=prompt-engineer", "/salaries?role=data-scientist&area=austin", "/sources",
         "/assessment", "/analyze", "/match", "/path", "/path?from=data-analyst&to=ml-engineer&have=pandas",
         "/plan", "/plan?target=ml-engineer&from=data-analyst&have=pandas", "/interview", "/guides", "/privacy",
         "/no-such-page"]
WIDTHS = (390, 1280)


def axe_source():
    """axe-core as bundled by the pinned PyPI package axe-playwright-python (its module is not imported: only
    the script file is read, and Selenium injects it)."""
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("axe-playwright-python is not installed (scripts/test installs it)")
    with open(os.path.join(spec.submodule_search_locations[0], "axe.min.js"), encoding="utf-8") as file:
        return file.read()


AXE_RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
   .then(r => done(r.violations.map(v => `${v.id} (${v.impact}): ${v.nodes.length} x ${v.nodes[0].target.join(' ')}`)))
   .catch(e => done([`axe failed: ${e}`]));
"""

# Text rendered smaller than 12 px anywhere on the page, as "size: text" lines.
SMALL_TEXT = """
const out = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
    const node = walker.currentNode, el = node.parentElement;
    if (!node.textContent.trim() || !el || !el.getClientRects().length) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < 12) out.push(`${size}px: ${node.textContent.trim().slice(0, 40)}`);
}
return out.slice(0, 5);
"""


def sweep(b, server):
    """Every page at phone and desktop width: never wider than the window, no text under 12 px, and no axe-core
    violation of WCAG 2.1 A or AA; a screenshot of each."""
    check = b.failures.check
    step("every page at 390 and 1280 px, with axe-core")
    axe = axe_source()
    version = re.search(r"axe v([0-9.]+)", axe[:200])
    print(f"  axe-core {version.group(1) if version else 'unknown version'}")
    status, questionnaire = call(server.base, "GET", "/api/assessment")
    status, saved = call(server.base, "POST", "/api/assessment?save=true", random_sheet(questionnaire, 7))
    pages = list(SWEEP) + [f"/guides/{role}" for role in GUIDED]
    if check(status == 201, "/api/assessment", "a saved result for the sweep", status):
        pages += [f"/results/{saved['token']}", f"/results/{saved['token']}/delete"]
    status, analysed = call(server.base, "POST", "/api/analyze/resume", json.dumps(
        {"text": RESUME, "target": "mlops-engineer", "save": True}))
    if check(status == 200 and analysed.get("token"), "/api/analyze/resume", "a saved analysis", status):
        pages.append(f"/analyses/{analysed['token']}")
    status, kept = call(server.base, "POST", "/api/plans", json.dumps(
        {"target": "ml-engineer", "resume": RESUME, "hoursPerWeek": 8}))
    if check(status == 201, "/api/plans", "a kept plan for the sweep", status):
        pages += [f"/plans/{kept['token']}", f"/plans/{kept['token']}/delete"]
    for width in WIDTHS:
        b.driver.set_window_size(width, 900)
        for path in pages:
            b.open(path)
            page = f"{path} at {width} px"
            inner, document = b.driver.execute_script(
                "return [window.innerWidth, document.documentElement.scrollWidth]")
            check(document <= inner, page, "no sideways scrolling", f"the page is {document} px wide")
            small = b.driver.execute_script(SMALL_TEXT)
            check(not small, page, "no text under 12 px", f"{small}")
            b.driver.execute_script(axe)
            violations = b.driver.execute_async_script(AXE_RUN)
            check(not violations, page, "0 axe-core violations (WCAG 2.1 AA)", "; ".join(violations))
            name = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-")[:50] or "home"
            b.screenshot(f"{width}-{name}")
    b.driver.set_window_size(1280, 2000)


def keyboard_walk(b):
    """The whole assessment with the keyboard alone: Tab to each item, arrow keys (or Space) to choose, Enter on
    the button; the result must be the one the clicks reach."""
    check = b.failures.check
    step("the assessment by keyboard only")
    b.open("/assessment")
    active = lambda: b.driver.switch_to.active_element  # noqa: E731

    def press(key):
        # Keys go to whatever has focus, as a person's keyboard does.
        ActionChains(b.driver).send_keys(key).perform()

    press(Keys.TAB)
    check(active().get_attribute("class") == "skip", "/assessment", "Tab to land first on the skip link",
          active().get_attribute("outerHTML")[:80])
    for number, (title, answers) in enumerate(PARTS, start=1):
        page = f"assessment part {number} (keyboard)"
        for fieldset in b.find_all("main form fieldset"):
            radios = b.find_all("input[type=radio]", fieldset)
            name = radios[0].get_attribute("name")
            for _ in range(80):
                if active().get_attribute("name") == name:
                    break
                press(Keys.TAB)
            if not check(active().get_attribute("name") == name, page, f"Tab to reach {name}", "not reached"):
                return
            values = [r.get_attribute("value") for r in radios]
            position = values.index(answers[name])
            if position == 0:
                press(Keys.SPACE)
            for _ in range(position):
                press(Keys.ARROW_RIGHT)
            chosen = [r.get_attribute("value") for r in radios if r.is_selected()]
            check(chosen == [answers[name]], page, f"{name}={answers[name]} chosen by keyboard", f"{chosen}")
        label = "See my result" if number == len(PARTS) else "Next"
        for _ in range(10):
            if active().tag_name == "button" and active().text == label:
                break
            press(Keys.TAB)
        if not check(active().text == label, page, f'Tab to reach "{label}"', repr(active().text)):
            return
        b.driver.execute_script("window.e2eOldPage = true")
        press(Keys.ENTER)
        WebDriverWait(b.driver, PAGE_TIMEOUT).until(
            lambda d: d.execute_script("return window.e2eOldPage === undefined && document.readyState == 'complete'"))
    check(b.path().startswith("/results/"), "keyboard walk", "Enter on the last page to reach the result", b.path())
    titles = [a.text for a in b.find_all("main ol.ranking li a")]
    check(titles[:1] == [TOP_ROLE[1]], "keyboard walk", f"{TOP_ROLE[1]} ranked first", f"{titles[:3]}")
    print(f"  keyboard result: {b.screenshot('keyboard-result')}")


def run(binary, screenshots):
    os.makedirs(screenshots, exist_ok=True)
    failures = Failures()
    started = time.monotonic()
    log = ""
    with Server(binary) as server, tempfile.TemporaryDirectory(prefix="careerfinder-browser-") as folder:
        print(f"server at {server.base}", flush=True)
        browser = None
        try:
            browser = Browser(server.base, screenshots, failures)
            for name, action in [("reading pages", lambda: reading_pages(browser)),
                                 ("assessment, result and delete", lambda: assessment_flow(browser)),
                                 ("analyze", lambda: analyze(browser, folder)),
                                 ("pathways", lambda: pathways(browser)),
                                 ("plans", lambda: plans(browser)),
                                 ("interview", lambda: interview(browser)),
                                 ("guides", lambda: guides(browser)),
                                 ("keyboard walk", lambda: keyboard_walk(browser)),
                                 ("width and axe sweep", lambda: sweep(browser, server))]:
                try:
                    action()
                except Exception as error:  # noqa: BLE001 - any error ends the step as one failed check
                    message = str(error).strip().splitlines()[0] if str(error).strip() else ""
                    where = traceback.extract_tb(error.__traceback__)
                    mine = [frame for frame in where if frame.filename == os.path.abspath(__file__)]
                    at = f" (browser.py line {mine[-1].lineno})" if mine else ""
                    failures.check(False, browser.path(), f"the {name} step to run to the end",
                                   f"{type(error).__name__}: {message}{at}")
                    try:
                        browser.screenshot(f"failure-{name.split()[0]}")
                    except WebDriverException:
                        pass
        finally:
            if browser is not None:
                browser.quit()
            log = server.output()
    elapsed = time.monotonic() - started
    if failures.lines:
        print(f"\n{len(failures.lines)} of {failures.count} checks FAILED ({elapsed:.1f} s):")
        for line in failures.lines:
            print(line)
        print("\n-- server log (tail) --")
        print("\n".join(log.splitlines()[-40:]))
        return 1
    print(f"\nall {failures.count} checks passed in {elapsed:.1f} s; screenshots in {screenshots}")
    return 0


def assessment_flow(b):
    result_path = assessment(b)
    if not result_path.startswith("/results/"):
        raise AssertionError("the assessment did not reach a result page")
    share = result(b, result_path)
    if share is None:
        raise AssertionError("no share link on the result page")
    delete(b, share)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(f"usage: {sys.argv[0]} BINARY SCREENSHOT_DIR")
    if not os.access(sys.argv[1], os.X_OK):
        print(f"FAIL [setup] expected an executable server binary at {sys.argv[1]}; found none")
        sys.exit(1)
    try:
        sys.exit(run(sys.argv[1], sys.argv[2]))
    except (RuntimeError, WebDriverException) as error:  # the server or the browser did not start
        print(f"FAIL [setup] expected the server and the browser to start; found {type(error).__name__}: {error}")
        sys.exit(1)
