"""Other decline models on the rows `eval/fit_answers.py --dump-decline ROWS.npz` saved, each judged on sets it was
not fit on: outer folds of whole train sets (six), the regularisation and the threshold chosen inside each training
fold (as the fit chooses them: the most declines at most MAX_FALSE_DECLINES of answerable questions declined), then
applied to the held-out sets. A study, not part of the fit: it says whether the decline model's form or its signals
limit it.

    python eval/decline_study.py ROWS.npz [-feature ...]   (-feature: also the model without that feature)
"""
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from eval.fit_answers import (DECLINE_THRESHOLDS, decline_key, decline_rates, set_folds,  # noqa: E402
                              signed_logistic)
from knowledge.answer.features import QUESTION_FEATURE_SIGNS  # noqa: E402

d = np.load(sys.argv[1], allow_pickle=True)
X, y, S, F = d["X"], d["y"], d["set_of"], list(d["features"])
signs = np.asarray([QUESTION_FEATURE_SIGNS[n] for n in F], float)


def fit(C, rows, cols):
    return signed_logistic(X[rows][:, cols], y[rows], signs[cols], C)


def prob(w, b, rows, cols):
    return 1 / (1 + np.exp(-(X[rows][:, cols] @ w + b)))


def held_out(dec: np.ndarray) -> tuple[float, float, int]:
    """Declined and false declines over every row, and how many sets go over 5% false declines."""
    dc, fd = decline_rates(dec, y)
    over = sum(decline_rates(dec[S == s], y[S == s])[1] > 0.05 for s in np.unique(S))
    return dc, fd, over


def choose(rows, cols, Cs, grouped, repeats=3, folds=5):
    """C and threshold by inner CV on `rows` (random question folds as the script does, or folds of whole sets)."""
    best = None
    for C in Cs:
        oof = np.zeros(len(rows))
        for r in range(repeats):
            f = (set_folds(S[rows], folds, 100 + r) if grouped
                 else np.random.default_rng(107 + r).permutation(len(rows)) % folds)
            for k in range(folds):
                w, b = fit(C, rows[f != k], cols)
                oof[f == k] += prob(w, b, rows[f == k], cols) / repeats
        for t in DECLINE_THRESHOLDS:
            key = (*decline_key(oof < t, y[rows]), -abs(np.log10(C)))
            if best is None or key > best[0]:
                best = (key, C, t)
    return best[1], best[2]


def outer(cols, Cs, grouped, outer_folds=6):
    f = set_folds(S, outer_folds, 1)
    dec = np.zeros(len(y), bool)
    per = []
    for k in range(outer_folds):
        tr, te = np.where(f != k)[0], np.where(f == k)[0]
        C, t = choose(tr, cols, Cs, grouped)
        w, b = fit(C, tr, cols)
        dec[te] = prob(w, b, te, cols) < t
        per.append((C, round(float(t), 2)))
    return (*held_out(dec), per)


def boosted_trees(outer_folds=6):
    """Interactions the linear model cannot express: gradient-boosted trees (depth 3), threshold from inner folds of
    whole sets, scored on the same outer folds."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.model_selection import GroupKFold

    def model():
        return HistGradientBoostingClassifier(max_depth=3, learning_rate=0.05, max_iter=200, class_weight="balanced",
                                              random_state=0)

    f = set_folds(S, outer_folds, 1)
    dec = np.zeros(len(y), bool)
    for k in range(outer_folds):
        tr, te = np.where(f != k)[0], np.where(f == k)[0]
        inner = np.zeros(len(tr))
        for a, b in GroupKFold(5).split(tr, groups=S[tr]):
            inner[b] = model().fit(X[tr[a]], y[tr[a]]).predict_proba(X[tr[b]])[:, 1]
        t = max(DECLINE_THRESHOLDS, key=lambda t: decline_key(inner < t, y[tr]))
        dec[te] = model().fit(X[tr], y[tr]).predict_proba(X[te])[:, 1] < t
    return held_out(dec)


if __name__ == "__main__":
    all_cols = list(range(len(F)))
    variants = {
        "script (random folds, C 0.1-10)": (all_cols, (0.1, 0.3, 1.0, 3.0, 10.0), False),
        "set folds, C 0.1-10": (all_cols, (0.1, 0.3, 1.0, 3.0, 10.0), True),
        "set folds, C 0.003-10": (all_cols, (0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0), True),
    }
    for arg in sys.argv[2:]:  # drop a feature: -name
        name = arg.lstrip("-")
        variants[f"set folds, without {name}"] = ([c for c in all_cols if F[c] != name], (0.1, 0.3, 1.0, 3.0, 10.0), True)
    for name, (cols, Cs, grouped) in variants.items():
        dc, fd, over, per = outer(np.asarray(cols), Cs, grouped)
        print(f"{name:40s} out-of-set declined {dc:.3f} false {fd:.3%} sets over 5%: {over}  (C, t) per fold {per}", flush=True)
    dc, fd, over = boosted_trees()
    print(f"{'boosted trees, depth 3, set folds':40s} out-of-set declined {dc:.3f} false {fd:.3%} sets over 5%: {over}")
