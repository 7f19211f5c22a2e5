#!/usr/bin/python3
"""Reference values for core/eval/metrics (tests/core/eval/tst_metrics.cpp), computed by
scikit-learn, so that the C++ metrics are checked against the definitions the paper's tables use.

Writes OUT_DIR/metrics.json (default tests/reference/fixtures/metrics), inputs and expected
outputs together, for fixed inputs: seeded random matrices plus hand-made edge cases (ties,
all-equal scores, perfect and reversed rankings, an attribute with no positives, one with all
positives, probabilities exactly at the threshold, top-k ties and k >= the number of classes).

  attributes[]: rows x cols probabilities (row-major) and 0/1 targets;
    ap          sklearn average_precision_score per column, or null where the column has no
                positive (sklearn 1.2 warns and returns 0 there; SPAct leaves it undefined)
    ap_sklearn  what sklearn returns for every column, the 0s included
    cmap        mean of the non-null ap (null when none is defined); skipped: how many are null
    cmap_sklearn  average_precision_score(average="macro"), which counts the 0s
    f1, macro_f1  f1_score(average=None / "macro") of (probability >= 0.5), sklearn's default
                zero_division ("warn": 0.0 when an attribute has no true and no predicted positive)
  actions[]: rows x cols scores, integer labels, optional video ids;
    top1, top5  top_k_accuracy_score(labels=range(cols)) at clip level
    video_top1, video_top5, videos  the same on the mean clip scores of each video (float64)

Inputs are float32 values written exactly, so C++ reads the same numbers sklearn saw.
Run with Debian's python3-sklearn (not a pyenv python):
  /usr/bin/python3 tests/reference/make_metrics_fixtures.py [OUT_DIR]
"""
import json
import os
import sys
import warnings

import numpy as np
import sklearn
from sklearn.metrics import average_precision_score, f1_score, top_k_accuracy_score

THRESHOLD = 0.5


def f32_list(a):
    return [float(x) for x in np.asarray(a, dtype=np.float32).reshape(-1)]


def attribute_case(name, scores, targets):
    scores = np.asarray(scores, dtype=np.float32)
    targets = np.asarray(targets, dtype=np.int64)
    assert scores.shape == targets.shape and scores.ndim == 2
    rows, cols = scores.shape
    ap_sklearn, ap = [], []
    for c in range(cols):
        value = float(average_precision_score(targets[:, c], scores[:, c]))
        ap_sklearn.append(value + 0.0)  # -0.0 -> 0.0
        ap.append(value + 0.0 if targets[:, c].any() else None)
    defined = [v for v in ap if v is not None]
    predicted = (scores >= THRESHOLD).astype(np.int64)
    f1 = f1_score(targets, predicted, average=None)
    macro = f1_score(targets, predicted, average="macro")
    return {
        "name": name,
        "rows": rows,
        "cols": cols,
        "scores": f32_list(scores),
        "targets": [int(x) for x in targets.reshape(-1)],
        "ap": ap,
        "ap_sklearn": ap_sklearn,
        "cmap": float(np.mean(defined)) if defined else None,
        "skipped": len(ap) - len(defined),
        "cmap_sklearn": float(average_precision_score(targets, scores, average="macro")),
        "f1": [float(x) for x in f1],
        "macro_f1": float(macro),
    }


def topk(labels, scores, k):
    return float(top_k_accuracy_score(labels, scores, k=k, labels=np.arange(scores.shape[1])))


def action_case(name, scores, labels, videos=None):
    scores = np.asarray(scores, dtype=np.float32)
    labels = np.asarray(labels, dtype=np.int64)
    rows, cols = scores.shape
    assert cols > 2, "sklearn treats two classes as a binary problem"
    case = {
        "name": name,
        "rows": rows,
        "cols": cols,
        "scores": f32_list(scores),
        "labels": [int(x) for x in labels],
        "top1": topk(labels, scores, 1),
        "top5": topk(labels, scores, 5),
    }
    if videos is not None:
        order = list(dict.fromkeys(videos))  # first appearance
        vscores = np.stack([scores[[i for i, v in enumerate(videos) if v == vid]].astype(np.float64).mean(axis=0)
                            for vid in order])
        vlabels = np.array([labels[videos.index(vid)] for vid in order])
        case.update({
            "videos": list(videos),
            "video_count": len(order),
            "video_top1": topk(vlabels, vscores, 1),
            "video_top5": topk(vlabels, vscores, 5),
        })
    return case


def attribute_cases(rng):
    cases = []
    n, k = 40, 6
    targets = (rng.random((n, k)) < np.array([0.5, 0.3, 0.1, 0.7, 0.5, 0.05])).astype(np.int64)
    targets[0, 5] = 1  # keep one positive in the rare column
    scores = np.clip(0.35 * targets + rng.random((n, k)) * 0.65, 0, 1).astype(np.float32)
    scores[:, 1] = np.round(scores[:, 1], 1)  # many ties
    scores[:, 4] = np.round(scores[:, 4], 2)  # a few ties
    cases.append(attribute_case("random", scores, targets))

    # AP of [1, 0, 1] with scores [.9, .8, .7] is (1 + 2/3) / 2; F1 at 0.5 ties and exact 0.5.
    cases.append(attribute_case("ties", [
        [0.9, 0.5, 0.2, 0.6], [0.8, 0.5, 0.2, 0.6], [0.7, 0.5, 0.2, 0.4],
        [0.3, 0.25, 0.2, 0.4], [0.3, 0.25, 0.2, 0.4], [0.1, 0.25, 0.2, 0.4]], [
        [1, 1, 1, 1], [0, 0, 0, 1], [1, 1, 0, 0],
        [1, 0, 1, 1], [0, 1, 0, 0], [0, 0, 0, 1]]))
    cases.append(attribute_case("rankings", [
        # perfect, reversed, all equal, no positive, all positive, no positive & none predicted
        [0.9, 0.1, 0.5, 0.9, 0.2, 0.1], [0.8, 0.2, 0.5, 0.8, 0.3, 0.2], [0.7, 0.3, 0.5, 0.1, 0.9, 0.3],
        [0.2, 0.7, 0.5, 0.2, 0.4, 0.4], [0.1, 0.8, 0.5, 0.6, 0.6, 0.0]], [
        [1, 1, 1, 0, 1, 0], [1, 1, 0, 0, 1, 0], [1, 0, 1, 0, 1, 0],
        [0, 0, 0, 0, 1, 0], [0, 0, 1, 0, 1, 0]]))
    cases.append(attribute_case("no_positives_anywhere", [[0.7, 0.2], [0.1, 0.4], [0.3, 0.3]],
                                [[0, 0], [0, 0], [0, 0]]))
    cases.append(attribute_case("single_row", [[0.6, 0.4, 0.5]], [[1, 1, 0]]))
    return cases


def action_cases(rng):
    cases = []
    n, c = 60, 8
    labels = rng.integers(0, c, size=n)
    logits = rng.normal(size=(n, c)) + 1.5 * np.eye(c)[labels]
    scores = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    # Videos of 1..5 consecutive clips; the clips of one video share its label.
    videos, start, vid = [], 0, 0
    while start < n:
        length = int(rng.integers(1, 6))
        for i in range(start, min(n, start + length)):
            labels[i] = labels[start]
            videos.append(f"video_{vid:02d}")
        start += length
        vid += 1
    videos[-1], videos[0] = videos[0], videos[-1]  # a video whose clips are not contiguous
    labels[0], labels[-1] = labels[-1], labels[0]
    cases.append(action_case("random", scores, labels, videos))

    # Ties: sklearn ranks equal scores by descending class index (stable sort, reversed).
    cases.append(action_case("ties", [
        [0.25, 0.25, 0.25, 0.25, 0.0, 0.0, 0.0],   # label 0 ties with 1..3: not top-1, top-5 yes
        [0.25, 0.25, 0.25, 0.25, 0.0, 0.0, 0.0],   # label 3 wins the tie
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.5],       # label 1: the zeros rank 4, 3, 2, 1, 0 -> not top-5
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.5],       # label 6 wins
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],       # all equal, label 2: in top-5 (index >= 2)
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],       # all equal, label 1: not in top-5
        [0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5],       # label 0 loses the tie to 6 ...
        [0.5, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0],       # ... and to 1, but wins on the video's mean
    ], [0, 3, 1, 6, 2, 1, 0, 0],
        ["a", "b", "c", "d", "e", "f", "g", "g"]))
    cases.append(action_case("k_at_least_classes", [
        [0.1, 0.2, 0.7, 0.0], [0.6, 0.3, 0.05, 0.05], [0.25, 0.25, 0.25, 0.25]], [0, 0, 3]))
    return cases


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "fixtures", "metrics")
    os.makedirs(out_dir, exist_ok=True)
    warnings.simplefilter("ignore")  # the undefined cases warn by design
    rng = np.random.default_rng(20220619)
    fixture = {
        "generator": "tests/reference/make_metrics_fixtures.py",
        "sklearn": sklearn.__version__,
        "numpy": np.__version__,
        "threshold": THRESHOLD,
        "attributes": attribute_cases(rng),
        "actions": action_cases(rng),
    }
    path = os.path.join(out_dir, "metrics.json")
    with open(path, "w") as f:
        json.dump(fixture, f, indent=1)
        f.write("\n")
    print(f"wrote {path} (sklearn {sklearn.__version__})")


if __name__ == "__main__":
    main()
