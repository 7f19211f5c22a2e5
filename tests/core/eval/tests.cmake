# Test suites of core/eval.
spact_add_test(eval_metrics SOURCES eval/tst_metrics.cpp LABELS core eval)
