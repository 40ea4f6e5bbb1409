"""Runs one peer tool over a JSON Lines corpus of posts, as postcheck would
be run over it, and prints one JSON line: posts, bytes, seconds (screening
only, after set-up), set-up seconds and findings.

Usage: peers.py TOOL CORPUS [--seconds S]
TOOL: presidio, scrubadub, datafog-rust, better-profanity, alt-profanity-check.
With --seconds, stops after the first post that ends past S seconds of
screening (slow tools), and says how many posts it read.
Set up by Benchmarks/compare/run, which pins each tool's version.
"""

import json
import os
import sys
import tempfile
import time

started = time.perf_counter()


def presidio():
    """Presidio's analyzer with its pattern recognizers and no NER model:
    a blank spaCy pipeline gives tokens (for context words) and no entities."""
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    model = os.path.join(tempfile.gettempdir(), "postcheck-compare-blank-en")
    if not os.path.exists(model):
        spacy.blank("en").to_disk(model)
    engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": model}])
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
    # The NER-backed recognizer finds nothing without a model: leave it out.
    analyzer.registry.remove_recognizer("SpacyRecognizer")
    return lambda text: len(analyzer.analyze(text=text, language="en"))


def scrubadub_():
    import scrubadub

    scrubber = scrubadub.Scrubber()
    return lambda text: sum(1 for _ in scrubber.iter_filth(text))


def datafog_rust():
    from datafog.engine import scan

    scan("warm up jo@example.com", engine="regex", backend="rust")
    return lambda text: len(scan(text, engine="regex", backend="rust").entities)


def better_profanity():
    from better_profanity import profanity

    profanity.load_censor_words()
    return lambda text: int(profanity.contains_profanity(text))


def alt_profanity_check():
    from profanity_check import predict_prob

    # Its model is built for batches: posts go in 1,000 at a time.
    return ("batch", lambda texts: sum(1 for p in predict_prob(texts) if p > 0.5))


TOOLS = {
    "presidio": presidio,
    "scrubadub": scrubadub_,
    "datafog-rust": datafog_rust,
    "better-profanity": better_profanity,
    "alt-profanity-check": alt_profanity_check,
}


def main():
    tool, corpus = sys.argv[1], sys.argv[2]
    limit = float(sys.argv[sys.argv.index("--seconds") + 1]) if "--seconds" in sys.argv else None
    screen = TOOLS[tool]()
    setup = time.perf_counter() - started
    posts = 0
    size = 0
    findings = 0
    begin = time.perf_counter()
    batched = isinstance(screen, tuple)
    batch = []
    with open(corpus, "rb") as source:
        for line in source:
            text = json.loads(line)["text"]
            posts += 1
            size += len(line)
            if batched:
                batch.append(text)
                if len(batch) == 1000:
                    findings += screen[1](batch)
                    batch = []
            else:
                findings += screen(text)
            if limit is not None and posts % 100 == 0 and time.perf_counter() - begin > limit:
                break
        if batch:
            findings += screen[1](batch)
    seconds = time.perf_counter() - begin
    print(json.dumps({"tool": tool, "posts": posts, "bytes": size, "seconds": seconds, "setup": setup,
                      "findings": findings}))


if __name__ == "__main__":
    main()
