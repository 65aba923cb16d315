// `KinGraphQueryBench`: KinGraph's side of `make bench` (bench/run.py, bench/store.py),
// built by `make bench`, not part of the shipped `kingraph`.
BenchQueries.main()
