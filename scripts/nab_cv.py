#!/usr/bin/env python3
"""Honest selection of rule settings for scripts/nab-eval (stdlib only).

--cv: leave-one-series-out over the dev series. Every setting of a small grid is backtested once on
every series (`nabiz backtest`, the rule operator's own code over cached window figures); then, for
each fold, the setting with the best mean of standard and reward_low_FP on the other series is
chosen and scored on the held-out one. Prints per-fold and mean scores and the setting most folds
chose, which is what config/rules.yaml ships.

--synthetic: the project's own stress series (known onsets), judged with one rules file, scored per
series and in total with the NAB scorer.
"""
import argparse, itertools, json, os, re, subprocess, sys

# The settings searched. Each one edits the shipped rules text; the values bracket the shipped one.
GRID = {
    "alpha": ["0.005", "0.0075"],
    "busiestIn": ["P4D", "P5D", "P6D"],
    "clipZ": ["0", "4"],
    "nowZScore": ["0", "1"],
}


def apply(text, setting):
    """The shipped rules text with one grid point's values put in."""
    def sub(pattern, value, s, count=0):
        out, n = re.subn(pattern, lambda m: m.group(1) + value, s, count=count, flags=re.M)
        if n == 0:
            raise SystemExit("nab-eval: the rules file has no line matching %r" % pattern)
        return out
    text = sub(r"^(  alpha: )[\d.]+", setting["alpha"], text)
    text = sub(r"^(    busiestIn: )\w+", setting["busiestIn"], text)
    text = sub(r"^(  clipZ: )[\d.]+", setting["clipZ"], text)
    text = sub(r"^(    nowZScore: )[\d.]+", setting["nowZScore"], text)
    return text


def label(setting):
    return " ".join("%s=%s" % kv for kv in setting.items())


def backtest(nabiz, args, out):
    subprocess.run([nabiz, "backtest", *args, "--out", out], check=True, stdout=sys.stderr)
    with open(out, encoding="utf-8") as f:
        return json.load(f)


def scorer(eval_dir):
    sys.path.insert(0, eval_dir)
    import nab_score
    return nab_score


def score(nab_score, data, openings, names):
    detected = nab_score.detections_from_alerts(openings, {n: data[n] for n in names})
    return nab_score.summarise(data, detected, names)


def objective(s):
    return (s["standard"] + s["reward_low_FP_rate"]) / 2


def cv(a):
    nab_score = scorer(a.eval_dir)
    names = nab_score.file_names(a.files)
    data = nab_score.load(a.data, names, nab_score.read_dir)
    with open(a.rules, encoding="utf-8") as f:
        shipped = f.read()
    os.makedirs(os.path.join(a.work, "grid"), exist_ok=True)
    settings, files = [], []
    for values in itertools.product(*GRID.values()):
        setting = dict(zip(GRID, values))
        path = os.path.join(a.work, "grid", "rules-%03d.yaml" % len(settings))
        with open(path, "w", encoding="utf-8") as f:
            f.write(apply(shipped, setting))
        settings.append(setting)
        files.append(path)
    inputs = [x for n in names for x in ("--input", os.path.join(a.work, "streams", n + ".jsonl.gz"))]
    rules = [x for p in files for x in ("--rules", p)]
    result = backtest(a.nabiz, inputs + rules + ["--windows", os.path.join(a.work, "windows")],
                      os.path.join(a.work, "grid-openings.json"))
    openings = [result[p] for p in files]
    folds, chosen = [], []
    for held in names:
        train = [n for n in names if n != held]
        best = max(range(len(settings)), key=lambda i: (objective(score(nab_score, data, openings[i], train)), -i))
        s = score(nab_score, data, openings[best], [held])
        folds.append(s)
        chosen.append(best)
        print("fold %-5s chose %-62s held-out standard %6.2f  reward_low_FP %6.2f  windows %s  in %d out %d"
              % (held, label(settings[best]), s["standard"], s["reward_low_FP_rate"], s["windows_hit"],
                 s["detections_in_windows"], s["detections_outside"]))
    mean = {k: round(sum(f[k] for f in folds) / len(folds), 2) for k in ("standard", "reward_low_FP_rate", "reward_low_FN_rate")}
    print("cross-validated mean over %d folds: standard %.2f  reward_low_FP %.2f  reward_low_FN %.2f"
          % (len(folds), mean["standard"], mean["reward_low_FP_rate"], mean["reward_low_FN_rate"]))
    votes = {i: chosen.count(i) for i in chosen}
    # the setting most folds chose; a tie goes to the one whose folds scored best held out
    pick = max(votes, key=lambda i: (votes[i], sum(objective(folds[k]) for k, c in enumerate(chosen) if c == i)))
    print("chosen by %d of %d folds: %s" % (votes[pick], len(folds), label(settings[pick])))
    print(json.dumps({"folds": dict(zip(names, folds)), "mean": mean, "chosen": settings[pick]}))


def synthetic(a):
    nab_score = scorer(a.eval_dir)
    folder = os.path.join(a.work, "synthetic")
    result = backtest(a.nabiz, ["--synthetic", folder, "--rules", a.rules], os.path.join(a.work, "synthetic-openings.json"))
    openings = result[a.rules]
    names = sorted(n[len("Twitter_volume_"):-4] for n in openings)
    data = nab_score.load(folder, names, nab_score.read_dir)
    for n in names:
        s = score(nab_score, data, openings, [n])
        print("%-7s standard %7.2f  reward_low_FP %7.2f  windows %s  in %d out %d  openings %s"
              % (n, s["standard"], s["reward_low_FP_rate"], s["windows_hit"], s["detections_in_windows"],
                 s["detections_outside"], ", ".join(openings["Twitter_volume_%s.csv" % n]) or "none"))
    print(json.dumps(score(nab_score, data, openings, names)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["cv", "synthetic"])
    ap.add_argument("--nabiz", required=True)
    ap.add_argument("--eval-dir", required=True)
    ap.add_argument("--data", required=True, help="NAB layout folder")
    ap.add_argument("--rules", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--files", default="dev")
    a = ap.parse_args()
    a.rules = os.path.abspath(a.rules)
    cv(a) if a.mode == "cv" else synthetic(a)


if __name__ == "__main__":
    main()
