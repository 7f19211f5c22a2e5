# Test suites of core/eval.
