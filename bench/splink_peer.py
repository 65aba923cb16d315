"""splink (DuckDB backend) on a KinGraph CSV folder, as a splink user would set it up.

    python bench/splink_peer.py FOLDER OUT.json [--threshold 0.8]

Reads people.csv with DuckDB, cleans the columns the usual way (lower case, the given
name without hyphens or spaces, the birth year, the town before the comma), and runs
splink's own model: names by Jaro-Winkler (NameComparison), birth year by distance,
sex and home exact; probability two random records match from a deterministic rule
(same surname, given name and home, taken to find half the matches), u by random sampling, m by EM in two sessions; predictions blocked on the given name,
on surname, birth year and home, and on birth year, home and sex; connected components
at the threshold.
Writes {"pairs": [[a, b], ...], "clusters": [[id, ...], ...], "seconds": S}.
"""
import argparse
import json
import os
import time

import duckdb
import splink.comparison_level_library as cll
import splink.comparison_library as cl
from splink import DuckDBAPI, Linker, SettingsCreator, block_on


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("out")
    parser.add_argument("--threshold", type=float, default=0.8)
    args = parser.parse_args()
    start = time.perf_counter()
    con = duckdb.connect()
    path = os.path.join(args.folder, "people.csv").replace("'", "''")
    con.execute(f"""
        CREATE TABLE people AS
        SELECT id AS unique_id,
               lower(split_part(name, ' ', 1)) AS surname,
               nullif(lower(regexp_replace(substr(name, strpos(name, ' ') + 1), '[- ]', '', 'g')), '') AS given,
               try_cast(substr(born, 1, 4) AS INTEGER) AS birth_year,
               nullif(sex, '') AS sex,
               nullif(lower(trim(split_part(home, ',', 1))), '') AS home
        FROM read_csv('{path}', header = true, all_varchar = true)
    """)
    db_api = DuckDBAPI(connection=con)
    people = db_api.register("people")
    birth_year = cl.CustomComparison(
        output_column_name="birth_year",
        comparison_levels=[
            cll.NullLevel("birth_year"),
            cll.ExactMatchLevel("birth_year"),
            cll.AbsoluteDifferenceLevel("birth_year", 1),
            cll.AbsoluteDifferenceLevel("birth_year", 3),
            cll.ElseLevel(),
        ],
    )
    settings = SettingsCreator(
        link_type="dedupe_only",
        comparisons=[
            cl.NameComparison("surname"),
            cl.NameComparison("given"),
            birth_year,
            cl.ExactMatch("sex"),
            cl.ExactMatch("home"),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("given"), block_on("surname", "birth_year", "home"), block_on("birth_year", "home", "sex")],
    )
    linker = Linker(people, settings, log_level=None)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("surname", "given", "home")], recall=0.5)
    linker.training.estimate_u_using_random_sampling(max_pairs=1e7, seed=1)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("surname", "given"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("birth_year", "home"))
    predictions = linker.inference.predict(threshold_match_probability=args.threshold)
    pairs = predictions.as_duckdbpyrelation().select("unique_id_l, unique_id_r").fetchall()
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(predictions, args.threshold)
    rows = clusters.as_duckdbpyrelation().select("cluster_id, unique_id").fetchall()
    groups = {}
    for cluster_id, unique_id in rows:
        groups.setdefault(cluster_id, []).append(unique_id)
    seconds = time.perf_counter() - start
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump({"pairs": [[a, b] for a, b in pairs],
                   "clusters": [sorted(g) for g in groups.values() if len(g) > 1],
                   "seconds": seconds}, f)


if __name__ == "__main__":
    main()
