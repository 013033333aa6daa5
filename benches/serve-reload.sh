#!/usr/bin/env bash
# Time from saving a file to the reload signal of `onrecord serve`, on
# generated corpora (benches/gen_corpus.py) of 1,000 and 10,000 articles:
# an edit of one quote's words, an edit that changes a quote's speaker, and
# an edit of an actor file (which analyses every article again).
#
#   benches/serve-reload.sh            # 1000 and 10000 articles
#   benches/serve-reload.sh 2000       # other sizes
#   RUNS=5 benches/serve-reload.sh     # saves per kind of edit (default 3)
#   EDITS=words,speaker benches/serve-reload.sh   # some kinds only
#                                      # (words, speaker, actor; default all)
#   BIN=/tmp/onrecord-before benches/serve-reload.sh   # another binary, not
#                                      # built here (to time two in turns)
#
# Each save is timed from just before the file is written to the answer of
# a reload poll (`/__onrecord/reload?since=<id>`) that was waiting for it,
# as an open page's script waits; with it, the CPU time serve spent in that
# window (user and system, all threads, from /proc where there is one): on
# a shared machine the wall time follows the load, the CPU time much less. Serve's own line after each rebuild
# ("Rebuilt: ...") is printed too: it tells how many pages were written
# before the signal and how long the rest of the site took.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
runs="${RUNS:-3}"
work="${BENCH_DIR:-$( [ -d /dev/shm ] && echo /dev/shm || echo "${TMPDIR:-/tmp}" )}/onrecord-serve-reload"
bin="${BIN:-$here/target/release/onrecord}"

[ -n "${BIN:-}" ] || (cd "$here" && cargo build --release --quiet)
mkdir -p "$work"

for n in "${sizes[@]}"; do
  corpus="$work/c$n"
  python3 "$here/benches/gen_corpus.py" --n "$n" --out "$corpus" --layouts ours --force >/dev/null
  echo "== $n articles"
  python3 - "$bin" "$corpus/ours" "$work/out$n" "$runs" "${EDITS:-words,speaker,actor}" <<'PY'
import glob, os, re, statistics, subprocess, sys, threading, time, urllib.request

bin, root, out, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
kinds = sys.argv[5].split(",")
server = subprocess.Popen(
    [bin, "serve", root, "--output", out, "--port", "0", "--quiet"],
    stdout=subprocess.PIPE, text=True)
lines = iter(server.stdout.readline, "")
addr = next(m.group(1) for l in lines if (m := re.search(r"http://([^/]+)/", l)))

def get(path):
    with urllib.request.urlopen(f"http://{addr}{path}", timeout=120) as r:
        return r.read().decode()

def cpu_seconds():
    """User and system CPU seconds serve has used, or None off Linux."""
    try:
        with open(f"/proc/{server.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

def timed_save(path, text):
    """Seconds from writing `text` to `path` to the reload signal."""
    since = get("/__onrecord/reload")
    answer = {}

    def poll_until_reload():
        # A poll answers with the same id after 25 s without a rebuild:
        # poll again, as the page's script does.
        while (id := get(f"/__onrecord/reload?since={since}")) == since:
            pass
        answer.update(id=id, at=time.perf_counter(), cpu=cpu_seconds())

    poll = threading.Thread(target=poll_until_reload)
    poll.start()
    time.sleep(0.3)  # the poll is waiting, as a page's would be
    saved, cpu_before = time.perf_counter(), cpu_seconds()
    with open(path, "w") as f:
        f.write(text)
    poll.join()
    # Wait for the whole rebuild (phase 2) before the next save.
    report = next(l for l in lines if l.startswith("Rebuilt"))
    cpu = answer["cpu"] - cpu_before if cpu_before is not None else float("nan")
    return answer["at"] - saved, cpu, report.strip()

articles = sorted(glob.glob(f"{root}/content/articles/**/*.md", recursive=True))
said = re.compile(r'([,?.]") ([A-Z][a-z]+) said')
speaker_file = next(p for p in articles if said.search(open(p).read()))

def quote_edit(text):
    # The first quotation in the body gets one more word, or loses it.
    if '"Indeed, ' in text:
        return text.replace('"Indeed, ', '"', 1)
    body = text.index("\n---", 3)
    at = text.index('\n"', body) + 2
    return text[:at] + "Indeed, " + text[at:]

def speaker_edit(text):
    m = said.search(text)
    other = "Lavrov" if m.group(2) != "Lavrov" else "Churkin"
    return text[:m.start(2)] + other + text[m.end(2):]

def actor_edit(text):
    note = "\nA sentence added to the background.\n"
    return text[:-len(note)] if text.endswith(note) else text + note

edits = {
    "words": ("a quote's words", articles[0], quote_edit),
    "speaker": ("a quote's speaker", speaker_file, speaker_edit),
    "actor": ("an actor file", f"{root}/content/actors/turkey.md", actor_edit),
}
for name, path, edit in (edits[k] for k in kinds):
    times, cpus = [], []
    for _ in range(runs):
        text = open(path).read()
        seconds, cpu, report = timed_save(path, edit(text))
        times.append(seconds * 1000)
        cpus.append(cpu * 1000)
        print(f"  {name}: reload after {seconds * 1000:.0f} ms, {cpu * 1000:.0f} ms CPU  [{report}]")
    print(f"{name}: median {statistics.median(times):.0f} ms, max {max(times):.0f} ms; "
          f"CPU median {statistics.median(cpus):.0f} ms over {runs} saves")
server.terminate()
server.wait()
PY
done
