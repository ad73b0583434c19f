#!/usr/bin/env python3
"""Honest selection of rule settings for scripts/nab-eval (stdlib only).

--cv: leave-one-series-out over the dev series. Every setting of a small grid is backtested once on
every series (`nabiz backtest`, the rule operator's own code over cached window figures); then, for
each fold, a setting is chosen on the other series and scored on the held-out one. The objective is
the mean of standard and reward_low_FP; how a fold chooses by it is --select: "mean", the best
pooled score; "worst", the best score of the worst training series (the default, a setting that
fails nowhere); "1se", the simplest setting within one standard error of the best. Prints per-fold
and mean scores under every selection, and the setting most folds chose under --select, which is
what config/rules.yaml ships.

--synthetic: the project's own stress series (known onsets), judged with one rules file, scored per
series and in total with the NAB scorer.
"""
import argparse, itertools, json, os, re, subprocess, sys

# The settings searched, fixed and committed before this grid was run. The round's first grid
# (alpha {0.005, 0.01} x record {busiestIn P5D, P7D fading after P2D, P3D or P4D} x nowZScore {0,
# 1} x maxConfirmWindows {2, 4}, season auto and recordBeforeRise on) cross-validated at 77.10 /
# 66.37 under worst, every fold choosing a faded record, and chose the shipped setting (alpha
# 0.005, P7D fading after P4D, nowZScore 1, maxConfirmWindows 2). This second grid tests how
# fragile the faded record is on values of each knob no run of this code has seen with it (a week
# fading after one or five days, six days fading after three; alpha 0.0075 and a hold of three
# windows); the shipped rules stay as they are whatever it chooses.
# --openings scores an earlier run's openings again.
GRID = {
    "alpha": ["0.005", "0.0075"],
    "record": ["busiestIn: P7D\n    fadesAfter: P1D", "busiestIn: P7D\n    fadesAfter: P5D",
               "busiestIn: P6D\n    fadesAfter: P3D"],
    "nowZScore": ["0", "1"],
    "maxConfirmWindows": ["2", "3"],
}

# Where each setting sits in the rules text.
PATTERNS = {
    "alpha": r"^(  alpha: )[\d.]+",
    "busiestIn": r"^(    busiestIn: )\w+",
    "nowZScore": r"^(    nowZScore: )[\d.]+",
    "season": r"^(  season: )[\w-]+",
    "clipZ": r"^(  clipZ: )[\d.]+",
    "gate": r"^(    )busiestIn: \w+",
    # the look-back and, if the rules fade it, the fade: a value replaces both
    "record": r"^(    )busiestIn: \w+(?:\n    fadesAfter: \w+)?",
    "maxConfirmWindows": r"^(  maxConfirmWindows: )\d+",
    "openingsPerDay": r"^(  openingsPerDay: )[\d.]+",
    "recordBeforeRise": r"^(    recordBeforeRise: )\w+",
}


def apply(text, setting):
    """The shipped rules text with one grid point's values put in."""
    for key, value in setting.items():
        text, n = re.subn(PATTERNS[key], lambda m: m.group(1) + value, text, flags=re.M)
        if n == 0:
            raise SystemExit("nab-eval: the rules file has no line matching %r" % PATTERNS[key])
    return text


def label(setting):
    return " ".join("%s=%s" % (k, v.replace("\n    ", ",").replace(": ", ":")) for k, v in setting.items())


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


# The optional mechanisms of the grid, each with its "off" value first: what a one-standard-error
# choice counts as complexity. alpha and busiestIn have no simpler value; ties there go to the mean.
OPTIONS = ("nowZScore", "season", "clipZ", "gate", "maxConfirmWindows", "openingsPerDay",
           "recordBeforeRise")


def options_on(setting):
    return sum(setting[k] != GRID[k][0] for k in OPTIONS if k in GRID)


def choose_mean(per, pooled, train):
    """The setting with the best pooled score on the training series."""
    return max(range(len(pooled)), key=lambda i: (pooled[i], -i))


def choose_worst(per, pooled, train):
    """The setting whose worst training series scores best: one that fails nowhere, not the one
    that shines on most; ties go to the pooled score."""
    return max(range(len(pooled)), key=lambda i: (min(per[i][n] for n in train), pooled[i], -i))


def choose_one_se(per, pooled, train):
    """Breiman's one-standard-error rule: among the settings within one standard error (of the
    best setting's per-series scores) of the best pooled score, the one with the fewest optional
    mechanisms on, then the best pooled score."""
    best = choose_mean(per, pooled, train)
    xs = [per[best][n] for n in train]
    m = sum(xs) / len(xs)
    se = (sum((x - m) ** 2 for x in xs) / (len(xs) - 1)) ** 0.5 / len(xs) ** 0.5 if len(xs) > 1 else 0
    near = [i for i in range(len(pooled)) if pooled[i] >= pooled[best] - se]
    return min(near, key=lambda i: (options_on(SETTINGS[i]), -pooled[i], i))


SELECTIONS = {"mean": choose_mean, "worst": choose_worst, "1se": choose_one_se}
SETTINGS = []


def cross_validate(nab_score, data, names, openings, choose):
    """Leave-one-series-out: for each series, choose on the others with `choose`, score it."""
    per = [{n: objective(score(nab_score, data, o, [n])) for n in names} for o in openings]
    folds, chosen = [], []
    for held in names:
        train = [n for n in names if n != held]
        pooled = [objective(score(nab_score, data, o, train)) for o in openings]
        best = choose(per, pooled, train)
        folds.append(score(nab_score, data, openings[best], [held]))
        chosen.append(best)
    return folds, chosen


def cv(a):
    nab_score = scorer(a.eval_dir)
    names = nab_score.file_names(a.files)
    data = nab_score.load(a.data, names, nab_score.read_dir)
    with open(a.rules, encoding="utf-8") as f:
        shipped = f.read()
    os.makedirs(os.path.join(a.work, "grid"), exist_ok=True)
    files = []
    SETTINGS.clear()
    for values in itertools.product(*GRID.values()):
        setting = dict(zip(GRID, values))
        path = os.path.join(a.work, "grid", "rules-%03d.yaml" % len(SETTINGS))
        with open(path, "w", encoding="utf-8") as f:
            f.write(apply(shipped, setting))
        SETTINGS.append(setting)
        files.append(path)
    inputs = [x for n in names for x in ("--input", os.path.join(a.work, "streams", n + ".jsonl.gz"))]
    rules = [x for p in files for x in ("--rules", p)]
    if a.openings:
        with open(a.openings, encoding="utf-8") as f:
            result = json.load(f)
        if any(p not in result for p in files):
            raise SystemExit("nab-eval: %s holds no openings of this grid" % a.openings)
    else:
        result = backtest(a.nabiz, inputs + rules + ["--windows", os.path.join(a.work, "windows")],
                          os.path.join(a.work, "grid-openings.json"))
    openings = [result[p] for p in files]
    report = {}
    # Every selection rule is shown, so the figures of the one that governs (--select) can be
    # read against the others.
    for rule in sorted(SELECTIONS, key=lambda r: r == a.select):
        folds, chosen = cross_validate(nab_score, data, names, openings, SELECTIONS[rule])
        print("selection %s%s:" % (rule, " (governs the shipped rules)" if rule == a.select else ""))
        for held, s, best in zip(names, folds, chosen):
            print("  fold %-5s chose %-90s held-out standard %6.2f  reward_low_FP %6.2f  windows %s  in %d out %d"
                  % (held, label(SETTINGS[best]), s["standard"], s["reward_low_FP_rate"], s["windows_hit"],
                     s["detections_in_windows"], s["detections_outside"]))
        mean = {k: round(sum(f[k] for f in folds) / len(folds), 2)
                for k in ("standard", "reward_low_FP_rate", "reward_low_FN_rate")}
        print("  cross-validated mean over %d folds: standard %.2f  reward_low_FP %.2f  reward_low_FN %.2f"
              % (len(folds), mean["standard"], mean["reward_low_FP_rate"], mean["reward_low_FN_rate"]))
        votes = {i: chosen.count(i) for i in chosen}
        # the setting most folds chose; a tie goes to the one whose folds scored best held out
        pick = max(votes, key=lambda i: (votes[i], sum(objective(folds[k]) for k, c in enumerate(chosen) if c == i)))
        print("  chosen by %d of %d folds: %s" % (votes[pick], len(folds), label(SETTINGS[pick])))
        report[rule] = {"folds": dict(zip(names, folds)), "mean": mean, "chosen": SETTINGS[pick]}
    print(json.dumps(report[a.select]))


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
    ap.add_argument("--select", choices=sorted(SELECTIONS), default="worst",
                    help="how each fold chooses among the settings on its training series")
    ap.add_argument("--openings", help="score the openings of an earlier backtest of the same grid "
                    "(its grid-openings.json) instead of backtesting again")
    a = ap.parse_args()
    a.rules = os.path.abspath(a.rules)
    cv(a) if a.mode == "cv" else synthetic(a)


if __name__ == "__main__":
    main()
