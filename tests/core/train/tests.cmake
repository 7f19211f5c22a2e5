# Test suites of core/train.
