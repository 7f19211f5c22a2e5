# Test suites of core/data.
