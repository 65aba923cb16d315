"""Pairwise precision/recall and B-cubed F1 of a record linkage against truth.csv.

Standard library only; used by bench/match_bench.py for KinGraph and splink alike.
"""

import csv
from collections import defaultdict


def read_truth(path):
    """record id -> person id."""
    with open(path, newline="", encoding="utf-8") as f:
        return {row["record"]: row["person"] for row in csv.DictReader(f)}


def true_pairs(truth):
    groups = defaultdict(list)
    for record, person in truth.items():
        groups[person].append(record)
    pairs = set()
    for members in groups.values():
        members.sort()
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                pairs.add((members[i], members[j]))
    return pairs


def pairwise(predicted, truth):
    """Precision, recall and F1 of predicted pairs (a, b) against the truth's pairs."""
    predicted = {tuple(sorted(p)) for p in predicted}
    actual = true_pairs(truth)
    hits = len(predicted & actual)
    precision = hits / len(predicted) if predicted else 1.0
    recall = hits / len(actual) if actual else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def bcubed(clusters, truth):
    """B-cubed precision, recall, F1 of predicted clusters (lists of ids; records in no
    cluster are alone) against the truth."""
    predicted = {}
    for k, cluster in enumerate(clusters):
        for record in cluster:
            predicted[record] = k
    label = {}
    next_label = len(clusters)
    for record in truth:
        if record not in predicted:
            predicted[record] = next_label
            next_label += 1
        label[record] = predicted[record]
    by_pred = defaultdict(set)
    by_true = defaultdict(set)
    for record, person in truth.items():
        by_pred[label[record]].add(record)
        by_true[person].add(record)
    p_sum = r_sum = 0.0
    for record, person in truth.items():
        mine = by_pred[label[record]]
        theirs = by_true[person]
        common = len(mine & theirs)
        p_sum += common / len(mine)
        r_sum += common / len(theirs)
    n = len(truth)
    precision, recall = p_sum / n, r_sum / n
    return precision, recall, 2 * precision * recall / (precision + recall)
