// NT-Xent against the SimCLR implementation SPAct uses (tests/reference/make_nn_fixtures.py):
// value and input gradients, for SPAct's dot-product similarity on unit vectors (temperature
// 0.1) and SimCLR's cosine similarity on raw vectors; and the loss's basic properties.
#include <torch/torch.h>
#include <QtTest>

#include "nn/nt_xent.h"
#include "nn_fixtures.h"

using namespace spact;
using namespace spact::nn;

class TestNtXent : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void matchesSimclr_data() {
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("cosine");
    QTest::addColumn<double>("temperature");
    QTest::newRow("SPAct: dot, T=0.1") << "dot" << false << 0.1;
    QTest::newRow("SimCLR: cosine, T=0.5") << "cosine" << true << 0.5;
  }
  void matchesSimclr() {
    QFETCH(QString, tag);
    QFETCH(bool, cosine);
    QFETCH(double, temperature);
    const auto fixture = test::readFixture("ntxent.safetensors");
    const std::string t = tag.toStdString();
    torch::Tensor z1 = test::tensorOf(fixture, t + ".z1").clone().requires_grad_(true);
    torch::Tensor z2 = test::tensorOf(fixture, t + ".z2").clone().requires_grad_(true);
    const torch::Tensor loss = ntXent(z1, z2, NtXentOptions{temperature, cosine});
    loss.backward();
    const double value = test::maxAbsDiff(loss.reshape({1}), test::tensorOf(fixture, t + ".loss"));
    const double g1 = test::maxAbsDiff(z1.grad(), test::tensorOf(fixture, t + ".grad1"));
    const double g2 = test::maxAbsDiff(z2.grad(), test::tensorOf(fixture, t + ".grad2"));
    qInfo("%s: loss %.6f, |diff| value %.3g, grad z1 %.3g, grad z2 %.3g", t.c_str(), loss.item<double>(), value, g1,
          g2);
    QVERIFY(value <= 1e-5);
    QVERIFY(g1 <= 1e-5);
    QVERIFY(g2 <= 1e-5);
  }

  void defaultsArePapers() {
    const NtXentOptions o;
    QCOMPARE(o.temperature, 0.1);
    QCOMPARE(o.cosineSimilarity, false);
  }

  // Identical views and orthogonal samples: the positive dominates, the loss is near zero;
  // with the views of different samples swapped it is large.
  void alignedPairsGiveSmallLoss() {
    const torch::Tensor z = torch::eye(4);
    const double aligned = ntXent(z, z).item<double>();
    const double swapped = ntXent(z, z.roll(1, 0)).item<double>();
    QVERIFY2(aligned < 1e-3, qPrintable(QString::number(aligned)));
    QVERIFY(swapped > 5.0);
  }

  void symmetricInTheViews() {
    torch::manual_seed(3);
    const torch::Tensor a =
        torch::nn::functional::normalize(torch::randn({6, 8}), torch::nn::functional::NormalizeFuncOptions().dim(1));
    const torch::Tensor b =
        torch::nn::functional::normalize(torch::randn({6, 8}), torch::nn::functional::NormalizeFuncOptions().dim(1));
    QVERIFY(std::abs(ntXent(a, b).item<double>() - ntXent(b, a).item<double>()) < 1e-6);
  }

  // One pair has no negatives: each anchor's softmax is over its positive alone.
  void singlePairIsZeroAndFinite() {
    torch::Tensor z1 = torch::randn({1, 4}).requires_grad_(true);
    const torch::Tensor loss = ntXent(z1, torch::randn({1, 4}));
    loss.backward();
    QCOMPARE(loss.item<double>(), 0.0);
    QVERIFY(torch::isfinite(z1.grad()).all().item<bool>());
  }

  void refusesMismatchedViews() {
    QVERIFY_THROWS_EXCEPTION(c10::Error, ntXent(torch::zeros({4, 8}), torch::zeros({4, 7})));
  }
};

QTEST_GUILESS_MAIN(TestNtXent)
#include "tst_ntxent.moc"
