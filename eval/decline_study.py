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
from scipy.optimize import minimize

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from knowledge.answer.features import QUESTION_FEATURE_SIGNS  # noqa: E402

d = np.load(sys.argv[1], allow_pickle=True)
X, y, S, F = d["X"], d["y"], d["set_of"], list(d["features"])
signs = np.asarray([QUESTION_FEATURE_SIGNS[n] for n in F], float)
MAXF = 0.04  # as eval/fit_answers.py MAX_FALSE_DECLINES

def fit(C, rows, cols):
    Xs, ys = X[rows][:, cols], y[rows]
    sample = np.where(ys == 1, 0.5 / ys.mean(), 0.5 / (1 - ys.mean()))
    def loss(t):
        w, b = t[:-1], t[-1]
        p = 1 / (1 + np.exp(-(Xs @ w + b)))
        tot = -np.sum(sample * (ys * np.log(p + 1e-12) + (1 - ys) * np.log(1 - p + 1e-12))) + 0.5 * w @ w / C
        g = sample * (p - ys)
        return tot, np.append(Xs.T @ g + w / C, g.sum())
    bounds = [(0, None) if signs[c] > 0 else (None, 0) for c in cols] + [(None, None)]
    t = minimize(loss, np.zeros(len(cols) + 1), jac=True, method="L-BFGS-B", bounds=bounds).x
    return t[:-1], t[-1]

def prob(w, b, rows, cols):
    return 1 / (1 + np.exp(-(X[rows][:, cols] @ w + b)))

def choose(rows, cols, Cs, grouped, repeats=3, folds=5):
    """C and threshold by inner CV on `rows` (random question folds as the script does, or folds of whole sets)."""
    best = None
    sets = np.unique(S[rows])
    for C in Cs:
        oof = np.zeros(len(rows))
        for r in range(repeats):
            if grouped:
                perm = np.random.default_rng(100 + r).permutation(sets)
                fold_of = {s: i % folds for i, s in enumerate(perm)}
                f = np.asarray([fold_of[s] for s in S[rows]])
            else:
                f = np.random.default_rng(107 + r).permutation(len(rows)) % folds
            for k in range(folds):
                w, b = fit(C, rows[f != k], cols)
                oof[f == k] += prob(w, b, rows[f == k], cols) / repeats
        yy = y[rows]
        for t in np.linspace(0.02, 0.98, 97):
            fd = ((oof < t) & (yy == 1)).sum() / (yy == 1).sum()
            dc = ((oof < t) & (yy == 0)).sum() / (yy == 0).sum()
            key = (fd <= MAXF, dc - fd, -abs(np.log10(C)))
            if best is None or key > best[0]:
                best = (key, C, t)
    return best[1], best[2]

def outer(cols, Cs, grouped, outer_folds=6):
    sets = np.unique(S)
    perm = np.random.default_rng(1).permutation(sets)
    fold_of = {s: i % outer_folds for i, s in enumerate(perm)}
    f = np.asarray([fold_of[s] for s in S])
    dec = np.zeros(len(y), bool)
    per = []
    for k in range(outer_folds):
        tr, te = np.where(f != k)[0], np.where(f == k)[0]
        C, t = choose(tr, cols, Cs, grouped)
        w, b = fit(C, tr, cols)
        dec[te] = prob(w, b, te, cols) < t
        per.append((C, round(float(t), 2)))
    fd = (dec & (y == 1)).sum() / (y == 1).sum(); dc = (dec & (y == 0)).sum() / (y == 0).sum()
    # per-set false declines: how many sets go over 5%
    over = sum(((dec & (y == 1) & (S == s)).sum() / max(((y == 1) & (S == s)).sum(), 1)) > 0.05 for s in sets)
    return dc, fd, over, per


def boosted_trees():
    """Interactions the linear model cannot express: gradient-boosted trees (depth 3), threshold from inner folds of
    whole sets, scored on the same outer folds."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.model_selection import GroupKFold

    def model():
        return HistGradientBoostingClassifier(max_depth=3, learning_rate=0.05, max_iter=200, class_weight="balanced",
                                              random_state=0)

    sets = np.unique(S)
    perm = np.random.default_rng(1).permutation(sets)
    fold_of = {s: i % 6 for i, s in enumerate(perm)}
    f = np.asarray([fold_of[s] for s in S])
    dec = np.zeros(len(y), bool)
    for k in range(6):
        tr, te = np.where(f != k)[0], np.where(f == k)[0]
        inner = np.zeros(len(tr))
        for a, b in GroupKFold(5).split(tr, groups=S[tr]):
            inner[b] = model().fit(X[tr[a]], y[tr[a]]).predict_proba(X[tr[b]])[:, 1]
        best = None
        for t in np.linspace(0.02, 0.98, 97):
            fd = ((inner < t) & (y[tr] == 1)).sum() / (y[tr] == 1).sum()
            dc = ((inner < t) & (y[tr] == 0)).sum() / (y[tr] == 0).sum()
            if best is None or (fd <= MAXF, dc - fd) > best[0]:
                best = ((fd <= MAXF, dc - fd), t)
        dec[te] = model().fit(X[tr], y[tr]).predict_proba(X[te])[:, 1] < best[1]
    fd = (dec & (y == 1)).sum() / (y == 1).sum()
    dc = (dec & (y == 0)).sum() / (y == 0).sum()
    over = sum(((dec & (y == 1) & (S == s)).sum() / max(((y == 1) & (S == s)).sum(), 1)) > 0.05 for s in sets)
    return dc, fd, over


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
