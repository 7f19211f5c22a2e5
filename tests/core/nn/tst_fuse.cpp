// BatchNorm folded into convolutions (nn/fuse.h): one conv-BN pair against its folded convolution,
// and the fused UNet f_A against the plain one and against PyTorch's output on the reference
// fixture (width 1/32, random BatchNorm statistics, odd input size 27×21), in both layouts.
// bf16 is checked only for being close: its error on real sizes is measured by the benchmark.
#include <torch/torch.h>
#include <QtTest>

#include "nn/fuse.h"
#include "nn/networks.h"
#include "nn/state.h"
#include "nn/unet.h"
#include "nn_fixtures.h"
#include "util/config.h"

using namespace spact;
using namespace spact::nn;

namespace {
constexpr double kTolerance = 1e-4;  // fp32, as the issue asks
}

class TestFuse : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { torch::manual_seed(7); }

  void foldsOnePair() {
    torch::nn::Conv2d conv(torch::nn::Conv2dOptions(3, 5, 3).padding(1));
    torch::nn::BatchNorm2d bn(torch::nn::BatchNorm2dOptions(5).eps(1e-3));
    {
      torch::NoGradGuard noGrad;
      bn->weight.uniform_(0.5, 1.5);
      bn->bias.normal_(0, 0.1);
      bn->running_mean.normal_(0, 0.5);
      bn->running_var.uniform_(0.1, 2.0);
    }
    bn->eval();
    const auto x = torch::randn({2, 3, 9, 7});
    const auto expected = bn->forward(conv->forward(x));
    const FoldedConv folded = foldBatchNorm(*conv, *bn);
    const auto actual = torch::conv2d(x, folded.weight, folded.bias, 1, 1);
    QVERIFY2(test::maxAbsDiff(actual, expected) < kTolerance,
             qPrintable(QString::number(test::maxAbsDiff(actual, expected))));
    QCOMPARE(folded.weight.scalar_type(), torch::kFloat);
  }

  void notAUNet() {
    torch::nn::Conv2d conv(torch::nn::Conv2dOptions(3, 3, 1));
    QVERIFY(FusedUNet::from(*conv) == nullptr);
  }

  void unetMatches_data() {
    QTest::addColumn<bool>("channelsLast");
    QTest::newRow("nchw") << false;
    QTest::newRow("nhwc") << true;
  }
  void unetMatches() {
    QFETCH(bool, channelsLast);
    auto weights = test::readFixture("unet.weights.safetensors");
    auto io = test::readFixture("unet.io.safetensors");
    QVERIFY(!weights.tensors.empty() && !io.tensors.empty());
    auto spec = config::load<NetworkSpec>(config::Json::parse(io.metadata.at("spec")), "unet");
    QVERIFY(spec.has_value());
    auto net = makeNetwork(*spec);
    QVERIFY(net.has_value());
    QVERIFY(loadState(net->base(), weights.tensors, "fixture").has_value());
    net->base().eval();

    const auto fused = FusedUNet::from(net->base(), {.channelsLast = channelsLast});
    QVERIFY(fused != nullptr);
    const auto x = test::tensorOf(io, "input");
    torch::InferenceMode guard;
    const auto plain = net->forward(x);
    const auto y = fused->forward(x);
    QCOMPARE(y.sizes(), plain.sizes());
    QCOMPARE(y.scalar_type(), torch::kFloat);
    const double vsPlain = test::maxAbsDiff(y, plain);
    const double vsPyTorch = test::maxAbsDiff(y, test::tensorOf(io, "output.eval"));
    QVERIFY2(vsPlain < kTolerance, qPrintable(QString::number(vsPlain)));
    QVERIFY2(vsPyTorch < kTolerance, qPrintable(QString::number(vsPyTorch)));

    // The copy owns its weights: changing the network afterwards does not change it.
    {
      torch::NoGradGuard noGrad;
      for (auto& p : net->base().parameters()) p.zero_();
    }
    QVERIFY(test::maxAbsDiff(fused->forward(x), y) == 0.0);
  }

  void bf16IsClose() {
    UNet net(UNetOptions().width(0.125));
    net->eval();
    const auto fused = FusedUNet::from(*net, {.dtype = torch::kBFloat16});
    QVERIFY(fused != nullptr);
    torch::InferenceMode guard;
    const auto x = torch::rand({2, 3, 24, 20});
    const auto y = fused->forward(x);
    QCOMPARE(y.scalar_type(), torch::kFloat);
    const double error = test::maxAbsDiff(y, net->forward(x));
    QVERIFY2(error < 2e-2, qPrintable(QString::number(error)));
  }
};

QTEST_GUILESS_MAIN(TestFuse)
#include "tst_fuse.moc"
