import numpy as np
import pytest
from sklearn.metrics import average_precision_score, roc_auc_score

from imbalbench.scoring.metrics import average_precision, precision_at_recall, roc_auc


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("ties", [False, True])
def test_ranking_metrics_equal_scikit_learn(seed, ties):
    rng = np.random.default_rng(seed)
    y = (rng.random(300) < 0.1).astype(int)
    y[0] = 1
    scores = rng.normal(size=300) + y
    if ties:
        scores = np.round(scores, 1)
    assert average_precision(y, scores) == pytest.approx(average_precision_score(y, scores), abs=1e-12)
    assert roc_auc(y, scores) == pytest.approx(roc_auc_score(y, scores), abs=1e-12)


def test_precision_at_recall_by_hand():
    # Ranked: 1 0 1 1 0 (4 positives would be recall 1; here 3 positives).
    y = np.array([1, 0, 1, 1, 0])
    scores = np.array([0.9, 0.8, 0.7, 0.6, 0.5])
    # Curve points (recall, precision): (1/3, 1), (1/3, 1/2), (2/3, 2/3), (1, 3/4), (1, 3/5); start (0, 1).
    # recall 0.25 lies between (0, 1) and (1/3, 1): precision 1.
    # recall 0.5 lies between (1/3, 1/2) and (2/3, 2/3): 1/2 + (1/6) * (0.5 - 1/3) / (1/3) = 7/12.
    # recall 0.75 lies between (2/3, 2/3) and (1, 3/4): 2/3 + (1/12) * (0.75 - 2/3) / (1/3) = 0.6875.
    assert precision_at_recall(y, scores, [0.25, 0.5, 0.75]) == pytest.approx([1.0, 7 / 12, 0.6875])


def test_read_only_arrays_from_pandas_give_no_warning(recwarn):
    import pandas as pd

    frame = pd.DataFrame({"y": [0, 1, 0, 1], "s": [0.1, 0.9, 0.4, 0.3]}).astype({"y": "int64"})
    y, s = frame["y"].to_numpy(), frame["s"].to_numpy()
    y.flags.writeable = s.flags.writeable = False  # as pyarrow-backed columns hand them out
    assert average_precision(y, s) == pytest.approx(average_precision_score(y, s))
    assert precision_at_recall(y, s, [0.5]) and not [w for w in recwarn if "not writable" in str(w.message)]
