"""Measures postcheck and its peers on one generated corpus, in one run,
alternating the tools round by round, and prints one table.

Called by Benchmarks/compare/run, which builds postcheck, makes the corpus
and sets up the peers; see that script for the options.
"""

import argparse
import json
import os
import subprocess
import sys
import time

PEERS = ["presidio", "scrubadub", "datafog-rust", "better-profanity", "alt-profanity-check"]
LABELS = {
    "postcheck": "postcheck, all detectors, 1 job",
    "postcheck-2": "postcheck, all detectors, 2 jobs",
    "presidio": "Presidio analyzer (patterns, no NER)",
    "scrubadub": "scrubadub (default detectors)",
    "datafog-rust": "DataFog (regex, Rust backend)",
    "better-profanity": "better-profanity",
    "alt-profanity-check": "alt-profanity-check (batches of 1,000)",
}


def run(command, stdout=subprocess.DEVNULL):
    """Wall seconds, peak RSS (MB) and standard output of one process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=stdout, stderr=subprocess.PIPE)
    output = process.stdout.read() if stdout == subprocess.PIPE else b""
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"{command[0]} failed ({os.waitstatus_to_exitcode(status)}): {errors.decode()[-400:]}")
    return wall, usage.ru_maxrss / 1024, output


def measure_postcheck(binary, corpus, size, posts, jobs, startup):
    wall, rss, _ = run([binary, "scan", "--jobs", str(jobs), "--fail-on", "never", corpus])
    screening = max(wall - startup, 1e-9)
    return {"posts": posts, "bytes": size, "seconds": screening, "startup": startup, "rss": rss}


def measure_peer(python, peers, tool, corpus, seconds):
    wall, rss, output = run([python, peers, tool, corpus, "--seconds", str(seconds)], stdout=subprocess.PIPE)
    result = json.loads(output.decode().strip().splitlines()[-1])
    # Start-up: interpreter, imports and set-up, everything but the screening itself.
    return {"posts": result["posts"], "bytes": result["bytes"], "seconds": result["seconds"],
            "startup": wall - result["seconds"], "rss": rss}


def best(runs):
    """The fastest round (the one least disturbed), with the lowest start-up seen."""
    fastest = max(runs, key=lambda r: r["bytes"] / r["seconds"])
    return dict(fastest, startup=min(r["startup"] for r in runs))


def throughput_lines(binary, megabytes, rounds):
    names = ["tokenizer+normaliser", "screening (all detectors + scoring)"]
    environment = dict(os.environ, THROUGHPUT_ONLY="|".join("=" + name for name in names))
    output = subprocess.run([binary, str(megabytes), str(rounds)], env=environment, capture_output=True,
                            check=True, text=True).stdout
    rates = {}
    for line in output.splitlines():
        name, _, rest = line.partition(": ")
        rates[name] = float(rest.split(" MB/s")[0])
    return rates[names[0]], rates[names[1]]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--postcheck", required=True)
    parser.add_argument("--throughput", required=True)
    parser.add_argument("--python", required=True)
    parser.add_argument("--peers", required=True)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--one-post", required=True)
    parser.add_argument("--megabytes", type=int, required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--peer-seconds", type=float, default=30)
    parser.add_argument("--only", default="")
    arguments = parser.parse_args()

    size = os.path.getsize(arguments.corpus)
    with open(arguments.corpus, "rb") as source:
        posts = sum(1 for _ in source)
    tools = ["postcheck", "postcheck-2"] + [p for p in PEERS if not arguments.only or p in arguments.only.split(",")]
    results = {tool: [] for tool in tools}
    print(f"corpus: {size / 1e6:.1f} MB, {posts:,} posts; {arguments.rounds} rounds, tools alternating; "
          f"peers stop after {arguments.peer_seconds:g} s of screening", file=sys.stderr)
    for round_number in range(arguments.rounds):
        # postcheck's start-up: the same binary on a one-post file.
        startup = min(run([arguments.postcheck, "scan", "--fail-on", "never", arguments.one_post])[0] for _ in range(3))
        for tool in tools:
            if tool.startswith("postcheck"):
                jobs = 2 if tool == "postcheck-2" else 1
                result = measure_postcheck(arguments.postcheck, arguments.corpus, size, posts, jobs, startup)
            else:
                result = measure_peer(arguments.python, arguments.peers, tool, arguments.corpus, arguments.peer_seconds)
            results[tool].append(result)
            rate = result["bytes"] / result["seconds"] / 1e6
            print(f"  round {round_number + 1}: {tool}: {rate:.3f} MB/s", file=sys.stderr)
    tokenizer, pipeline = throughput_lines(arguments.throughput, arguments.megabytes, arguments.rounds)

    rows = {tool: best(runs) for tool, runs in results.items()}
    ours = rows["postcheck"]["bytes"] / rows["postcheck"]["seconds"]
    print()
    print("| tool | posts/s | MB/s | peak RSS | start-up | postcheck (1 job) is |")
    print("|---|---:|---:|---:|---:|---:|")
    for tool, row in rows.items():
        rate = row["bytes"] / row["seconds"]
        read = "" if row["posts"] == posts else f" ({row['posts']:,} posts read)"
        ratio = "—" if tool.startswith("postcheck") else f"{ours / rate:,.0f}× faster"
        print(f"| {LABELS[tool]}{read} | {row['posts'] / row['seconds']:,.0f} | {rate / 1e6:.3f} | "
              f"{row['rss']:.0f} MB | {row['startup']:.2f} s | {ratio} |")
    print()
    print(f"In process, single thread, {arguments.megabytes} MB of generated posts (best of {arguments.rounds}): "
          f"tokenizer+normaliser alone {tokenizer:.0f} MB/s, screening with every detector {pipeline:.0f} MB/s: "
          f"the pipeline runs at {pipeline / tokenizer:.2f}× the tokenizer's rate.")
    print("MB/s and posts/s exclude start-up (postcheck: its time on a one-post file; peers: interpreter, "
          "imports and set-up), which is its own column. Peers slower than the cap read only the first posts.")


if __name__ == "__main__":
    main()
