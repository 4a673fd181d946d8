#!/usr/bin/env bash
# Single task vs multi-task strategies on Multi-Fashion with the Multi-LeNet, several seeds.
#
#   sample-datasets/multi-fashion/reproduce.sh OUT_DIR [EPOCHS] [SEEDS] [STRATEGIES]
#
# e.g. reproduce.sh runs/multi-fashion 10 "1 2 3" "equal uncertainty mgda"
# Runs, per seed: single-task-left.json, single-task-right.json, then experiment.json with each
# strategy. Data: the "source" of the experiment files ("auto": the full Fashion-MNIST set when
# the Debian package dataset-fashion-mnist is installed, else the shipped subset). Set
# EXPERIMENT_SUFFIX=-sample to use experiment-sample.json for the multi-task runs instead.
# SINGLE=0 skips the single-task runs.
# MTL, if set, is the command that runs the app (default: java -jar target/app/mtl-workbench.jar).
# A strategy this build does not know is reported as "not available" and skipped.
# Ends with a table of final test accuracies (mean ± sd over seeds) and seconds per epoch.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:?usage: reproduce.sh OUT_DIR [EPOCHS] [SEEDS] [STRATEGIES]}"
epochs="${2:-10}"
seeds="${3:-1 2 3}"
strategies="${4:-equal uncertainty mgda}"
suffix="${EXPERIMENT_SUFFIX:-}"
read -r -a mtl <<<"${MTL:-java -jar target/app/mtl-workbench.jar}"
mkdir -p "$out"

run() { # name experiment seed [extra args]
  local name=$1 file=$2 seed=$3; shift 3
  local dir="$out/$name-seed$seed"
  if [[ -f $dir/run.json ]] && grep -q '"status" : "finished"\|"status":"finished"' "$dir/run.json"; then
    return 0
  fi
  rm -rf "$dir"
  echo "== $name seed $seed"
  "${mtl[@]}" train "$file" --out "$dir" --epochs "$epochs" --seed "$seed" --quiet "$@" | tail -4
  local rc=${PIPESTATUS[0]}
  if ((rc == 2)); then
    echo "   (not available in this build: skipped)"
    rm -rf "$dir"
  fi
}

for seed in $seeds; do
  if [[ -z $suffix && ${SINGLE:-1} != 0 ]]; then
    run single-left "$here/single-task-left.json" "$seed"
    run single-right "$here/single-task-right.json" "$seed"
  fi
  for s in $strategies; do
    run "$s" "$here/experiment$suffix.json" "$seed" --strategy "$s"
  done
done

python3 - "$out" <<'PY'
import json, os, statistics, sys
out = sys.argv[1]
rows = {}
for d in sorted(os.listdir(out)):
    f = os.path.join(out, d, "run.json")
    if not os.path.exists(f):
        continue
    r = json.load(open(f))
    if r.get("status") != "finished":
        continue
    name = d.rsplit("-seed", 1)[0]
    test = r["finalMetrics"]["test"]
    epochs = r["experiment"]["training"]["epochs"]
    e = rows.setdefault(name, {"left": [], "right": [], "sec": []})
    for t in ("left", "right"):
        if t in test:
            e[t].append(100 * test[t]["accuracy"])
    e["sec"].append(r["wallSeconds"] / epochs)
def fmt(v):
    if not v:
        return "—"
    return f"{statistics.mean(v):.2f} ± {statistics.stdev(v):.2f}" if len(v) > 1 else f"{v[0]:.2f}"
print(f"| run | left test accuracy % | right test accuracy % | seeds | s/epoch (incl. evaluation) |")
print("|---|---|---|---|---|")
for name, e in rows.items():
    n = max(len(e["left"]), len(e["right"]))
    print(f"| {name} | {fmt(e['left'])} | {fmt(e['right'])} | {n} | {statistics.mean(e['sec']):.1f} |")
PY
