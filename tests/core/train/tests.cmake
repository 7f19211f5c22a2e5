# Test suites of core/train.
# Data parallel: two worker processes (the test binary itself) in a Gloo group on loopback.
spact_add_test(train_distributed SOURCES train/tst_distributed.cpp LIBS spact::torch LABELS core train TIMEOUT 300)
spact_torch_pch(tst_train_distributed)
spact_add_test(train_adam_step SOURCES train/tst_adam_step.cpp LIBS spact::torch LABELS core train)
spact_torch_pch(tst_train_adam_step)
# Whole runs on the in-memory synthetic benchmark with very small networks.
spact_add_test(train_trainer SOURCES train/tst_trainer.cpp LIBS spact::torch LABELS core train)
spact_torch_pch(tst_train_trainer)
# The method's claim in miniature (`ctest --test-dir build/release -L claim -V`): 8.5-10 minutes on
# the 2-core CPU, alone. The release test preset (CI's) runs it; gui-off and debug-asan leave the
# "claim" label out (figures and command in tests/bench/README.md).
spact_add_test(train_claim SOURCES train/tst_train_claim.cpp LIBS spact::torch LABELS core train claim TIMEOUT 3600)
spact_torch_pch(tst_train_claim)
set_tests_properties(train_claim PROPERTIES RUN_SERIAL TRUE)
# Qt Test aborts a test function after 5 minutes unless told otherwise.
set_property(TEST train_claim APPEND PROPERTY ENVIRONMENT QTEST_FUNCTION_TIMEOUT=3600000)
