# Test suites of core/train.
# Data parallel: two worker processes (the test binary itself) in a Gloo group on loopback.
spact_add_test(train_distributed SOURCES train/tst_distributed.cpp LIBS spact::torch LABELS core train TIMEOUT 300)
spact_torch_pch(tst_train_distributed)
