"""Throughput of the Python skill matchers people use, on the same texts and taxonomy as careerfinder's.

Prints one JSON object: MB/s (median of runs) for flashtext, pyahocorasick and a per-skill regex loop.
Usage: bench_extraction.py TEXTS_DIR SKILLS_YAML [RUNS] [MATCHER,...]
"""
import json
import pathlib
import re
import statistics
import sys
import time

import ahocorasick
import yaml
from flashtext import KeywordProcessor


def load(texts_dir, skills_file):
    texts = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(texts_dir).rglob("*")) if p.suffix in (".txt", ".md")]
    skills = yaml.safe_load(pathlib.Path(skills_file).read_text(encoding="utf-8"))
    names = {s["id"]: [s["name"]] + list(s.get("aliases") or []) for s in skills}
    return texts, names


def flashtext_matcher(names):
    processor = KeywordProcessor(case_sensitive=False)
    # flashtext's default word characters miss symbol names (C++, .NET); that is how people use it.
    for skill, forms in names.items():
        for form in forms:
            processor.add_keyword(form, skill)
    return lambda text: processor.extract_keywords(text, span_info=True)


def pyahocorasick_matcher(names):
    automaton = ahocorasick.Automaton()
    for skill, forms in names.items():
        for form in forms:
            automaton.add_word(form.lower(), (skill, len(form)))
    automaton.make_automaton()

    def match(text):
        lowered = text.lower()
        found = []
        for end, (skill, length) in automaton.iter(lowered):
            start = end - length + 1
            # Whole words only, as a real matcher must check.
            if (start == 0 or not lowered[start - 1].isalnum()) and (end + 1 == len(lowered) or not lowered[end + 1].isalnum()):
                found.append((skill, start, end + 1))
        return found

    return match


def regex_loop_matcher(names):
    patterns = [
        (skill, re.compile(r"(?<![\w])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w])", re.IGNORECASE))
        for skill, forms in names.items()
    ]
    return lambda text: [(skill, m.start(), m.end()) for skill, pattern in patterns for m in pattern.finditer(text)]


def throughput(match, texts, runs):
    size = sum(len(t.encode("utf-8")) for t in texts)
    passes = max(1, 2_000_000 // size)
    rates = []
    for _ in range(runs):
        started = time.perf_counter()
        for _ in range(passes):
            for text in texts:
                match(text)
        rates.append(size * passes / 1e6 / (time.perf_counter() - started))
    return statistics.median(rates)


def main():
    texts_dir, skills_file = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    texts, names = load(texts_dir, skills_file)
    matchers = {
        "flashtext": flashtext_matcher,
        "pyahocorasick": pyahocorasick_matcher,
        "regex loop": regex_loop_matcher,
    }
    chosen = sys.argv[4].split(",") if len(sys.argv) > 4 else list(matchers)
    results = {name: throughput(matchers[name](names), texts, runs) for name in chosen}
    print(json.dumps(results))


if __name__ == "__main__":
    main()
