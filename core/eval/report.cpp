#include "eval/report.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <sstream>
#include <tuple>

#include "about.h"
#include "util/files.h"

namespace spact::eval {

namespace fs = std::filesystem;

namespace {

const char* const kPalette[] = {"#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2",
                                "#edc948", "#ff9da7", "#9c755f", "#bab0ac", "#e15759"};

std::string color(std::size_t i) { return kPalette[i % (sizeof kPalette / sizeof *kPalette)]; }

std::string escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string csvField(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::optional<double> number(const config::Json& j, const char* key) {
  if (j.contains(key) && j[key].is_number()) return j[key].get<double>();
  return std::nullopt;
}

std::string percent(const std::optional<double>& v) { return v ? fmt::format("{:.1f}", 100 * *v) : "n/a"; }

std::string now() {
  const auto t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string base64(const std::string& bytes) {
  static const char* table = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    std::uint32_t n = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) n |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    if (i + 2 < bytes.size()) n |= static_cast<unsigned char>(bytes[i + 2]);
    out += table[(n >> 18) & 63];
    out += table[(n >> 12) & 63];
    out += i + 1 < bytes.size() ? table[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? table[n & 63] : '=';
  }
  return out;
}

std::optional<std::string> embedPng(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return "data:image/png;base64," + base64(s.str());
}

std::optional<double> apOf(const config::Json& row, const std::string& attribute) {
  for (const auto& a : row.value("attributes", config::Json::array()))
    if (a.value("name", "") == attribute && a.contains("ap") && a["ap"].is_number()) return a["ap"].get<double>();
  return std::nullopt;
}

// Axis range in percent covering `values`, padded and on multiples of 10, inside [0, 100].
std::pair<double, double> axisRange(const std::vector<double>& values) {
  double lo = 100, hi = 0;
  for (double v : values) lo = std::min(lo, v), hi = std::max(hi, v);
  if (values.empty()) return {0, 100};
  lo = std::max(0.0, std::floor((lo - 5) / 10) * 10);
  hi = std::min(100.0, std::ceil((hi + 5) / 10) * 10);
  if (hi - lo < 10) hi = std::min(100.0, lo + 10), lo = hi - 10;
  return {lo, hi};
}

// Privacy cMAP (x, lower is more private) against action top-1 (y, higher is more useful): the
// paper's trade-off figures; the best place is the top left.
std::string tradeoffSvg(const config::Json& rows) {
  std::vector<double> xs, ys;
  for (const auto& r : rows) {
    if (auto c = number(r, "privacy_cmap")) xs.push_back(100 * *c);
    if (auto a = number(r, "action_top1")) ys.push_back(100 * *a);
  }
  const auto [x0, x1] = axisRange(xs);
  const auto [y0, y1] = axisRange(ys);
  const double W = 640, H = 420, L = 60, R = 20, T = 20, B = 50;
  auto px = [&](double x) { return L + (x - x0) / (x1 - x0) * (W - L - R); };
  auto py = [&](double y) { return H - B - (y - y0) / (y1 - y0) * (H - T - B); };
  std::string s = fmt::format(R"(<svg class="tradeoff" xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" viewBox="0 0 {} {}" role="img" aria-label="Trade-off: privacy cMAP against action top-1">)",
                              W, H, W, H);
  s += fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" class="frame"/>)", L, T, W - L - R, H - T - B);
  for (double v = x0; v <= x1 + 1e-9; v += 10)
    s += fmt::format(R"(<line x1="{0:.1f}" y1="{1}" x2="{0:.1f}" y2="{2}" class="grid"/><text x="{0:.1f}" y="{3}" class="tick" text-anchor="middle">{4:.0f}</text>)",
                     px(v), T, H - B, H - B + 16, v);
  for (double v = y0; v <= y1 + 1e-9; v += 10)
    s += fmt::format(R"(<line x1="{1}" y1="{0:.1f}" x2="{2}" y2="{0:.1f}" class="grid"/><text x="{3}" y="{4:.1f}" class="tick" text-anchor="end">{5:.0f}</text>)",
                     py(v), L, W - R, L - 6, py(v) + 4, v);
  s += fmt::format(R"(<text x="{}" y="{}" class="axis" text-anchor="middle">privacy cMAP (%) — lower is more private</text>)", L + (W - L - R) / 2, H - 10);
  s += fmt::format(R"x(<text x="16" y="{}" class="axis" text-anchor="middle" transform="rotate(-90 16 {})">action top-1 (%)</text>)x",
                   T + (H - T - B) / 2, T + (H - T - B) / 2);
  std::size_t i = 0;
  std::vector<std::tuple<double, double, double>> labels;  // x, baseline y, width
  for (const auto& r : rows) {
    const auto c = number(r, "privacy_cmap"), a = number(r, "action_top1");
    const std::string method = r.value("method", "");
    const bool raw = r.value("kind", "") == "raw";
    if (c && a) {
      const double x = px(100 * *c), y = py(100 * *a);
      if (raw) {
        s += fmt::format(R"(<line x1="{0:.1f}" y1="{1}" x2="{0:.1f}" y2="{2}" class="rawline"/><line x1="{3}" y1="{4:.1f}" x2="{5}" y2="{4:.1f}" class="rawline"/>)",
                         x, T, H - B, L, y, W - R);
        s += fmt::format(R"(<rect class="point raw" data-method="{}" x="{:.1f}" y="{:.1f}" width="12" height="12" fill="#222"><title>{} (raw data): top-1 {:.1f} %, cMAP {:.1f} %</title></rect>)",
                         escape(method), x - 6, y - 6, escape(method), 100 * *a, 100 * *c);
      } else {
        s += fmt::format(R"(<circle class="point" data-method="{}" cx="{:.1f}" cy="{:.1f}" r="6" fill="{}"><title>{}: top-1 {:.1f} %, cMAP {:.1f} %</title></circle>)",
                         escape(method), x, y, color(i), escape(method), 100 * *a, 100 * *c);
      }
      // Labels of close points would overlap: move each down until its box is free.
      const std::string text = method + (raw ? " (raw data)" : "");
      const double w = 6.5 * static_cast<double>(text.size());
      double ly = y - 7;
      for (bool moved = true; moved;) {
        moved = false;
        for (const auto& [bx, by, bw] : labels)
          if (x + 9 < bx + bw && bx < x + 9 + w && std::abs(ly - by) < 13) ly = by + 14, moved = true;
      }
      labels.push_back({x + 9, ly, w});
      s += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" class="label">{}</text>)", x + 9, ly, escape(text));
    }
    ++i;
  }
  return s + "</svg>";
}

std::string apBarsSvg(const config::Json& rows, const std::vector<std::string>& attributes) {
  std::size_t longest = 0;
  for (const auto& a : attributes) longest = std::max(longest, a.size());
  const double groupW = std::max({60.0, 18.0 * static_cast<double>(rows.size()) + 16, 6.5 * static_cast<double>(longest) + 12}), H = 300, L = 50, T = 20, B = 60;
  const double W = L + groupW * static_cast<double>(attributes.size()) + 20;
  auto py = [&](double v) { return H - B - v / 100 * (H - T - B); };
  std::string s = fmt::format(R"(<svg class="apbars" xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" viewBox="0 0 {} {}" role="img" aria-label="Per-attribute AP">)",
                              W, H, W, H);
  for (int v = 0; v <= 100; v += 20)
    s += fmt::format(R"(<line x1="{}" y1="{:.1f}" x2="{}" y2="{:.1f}" class="grid"/><text x="{}" y="{:.1f}" class="tick" text-anchor="end">{}</text>)",
                     L, py(v), W - 20, py(v), L - 6, py(v) + 4, v);
  s += fmt::format(R"x(<text x="14" y="{0}" class="axis" text-anchor="middle" transform="rotate(-90 14 {0})">AP (%)</text>)x", T + (H - T - B) / 2);
  const double barW = (groupW - 16) / static_cast<double>(std::max<std::size_t>(1, rows.size()));
  for (std::size_t a = 0; a < attributes.size(); ++a) {
    const double gx = L + groupW * static_cast<double>(a) + 8;
    std::size_t i = 0;
    for (const auto& r : rows) {
      const auto ap = apOf(r, attributes[a]);
      const double x = gx + barW * static_cast<double>(i);
      const std::string fill = r.value("kind", "") == "raw" ? "#222" : color(i);
      if (ap)
        s += fmt::format(R"(<rect class="bar" x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="{}"><title>{} · {}: AP {:.1f} %</title></rect>)",
                         x, py(100 * *ap), std::max(1.0, barW - 2), py(0) - py(100 * *ap), fill, escape(r.value("method", "")),
                         escape(attributes[a]), 100 * *ap);
      ++i;
    }
    s += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" class="tick" text-anchor="middle">{}</text>)", gx + (groupW - 16) / 2, H - B + 16,
                     escape(attributes[a]));
  }
  // Legend below the bars.
  double lx = L;
  std::size_t i = 0;
  for (const auto& r : rows) {
    const std::string fill = r.value("kind", "") == "raw" ? "#222" : color(i);
    const std::string name = r.value("method", "");
    s += fmt::format(R"(<rect x="{:.1f}" y="{}" width="10" height="10" fill="{}"/><text x="{:.1f}" y="{}" class="tick">{}</text>)", lx, H - 24,
                     fill, lx + 14, H - 15, escape(name));
    lx += 24 + 7.0 * static_cast<double>(name.size());
    ++i;
  }
  return s + "</svg>";
}

const config::Json& trainingLoss(const config::Json& row, const char* model) {
  static const config::Json none = config::Json::array();
  if (!row.contains("targets") || !row["targets"].contains("training_loss")) return none;
  const auto& l = row["targets"]["training_loss"];
  return l.contains(model) && l[model].is_array() ? l[model] : none;
}

// One fresh model's mean training loss per epoch, a line per row (the other charts' colours, raw
// data black): a loss still falling at its last epoch says the budget was short.
std::string lossSvg(const config::Json& rows, const char* model, const std::string& title) {
  std::size_t epochs = 0;
  double top = 0;
  for (const auto& r : rows)
    for (const auto& v : trainingLoss(r, model))
      if (v.is_number()) top = std::max(top, v.get<double>());
  for (const auto& r : rows) epochs = std::max(epochs, trainingLoss(r, model).size());
  if (epochs == 0 || !(top > 0)) return {};
  const double W = 420, H = 260, L = 50, R = 12, T = 24, B = 40;
  auto px = [&](double e) { return L + (epochs > 1 ? (e - 1) / static_cast<double>(epochs - 1) : 0.5) * (W - L - R); };
  auto py = [&](double v) { return H - B - v / top * (H - T - B); };
  std::string s = fmt::format(
      R"(<svg class="losses" data-model="{}" xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" viewBox="0 0 {} {}" role="img" aria-label="{}">)",
      model, W, H, W, H, escape(title));
  s += fmt::format(
      R"(<rect x="{}" y="{}" width="{}" height="{}" class="frame"/><text x="{}" y="16" class="axis">{}</text>)", L, T,
      W - L - R, H - T - B, L, escape(title));
  for (int k = 0; k <= 4; ++k)
    s += fmt::format(
        R"(<line x1="{}" y1="{:.1f}" x2="{}" y2="{:.1f}" class="grid"/><text x="{}" y="{:.1f}" class="tick" text-anchor="end">{:.2g}</text>)",
        L, py(top * k / 4), W - R, py(top * k / 4), L - 6, py(top * k / 4) + 4, top * k / 4);
  for (std::size_t e = 1; e <= epochs; e += std::max<std::size_t>(1, epochs / 8))
    s += fmt::format(R"(<text x="{:.1f}" y="{}" class="tick" text-anchor="middle">{}</text>)",
                     px(static_cast<double>(e)), H - B + 16, e);
  s += fmt::format(R"(<text x="{}" y="{}" class="axis" text-anchor="middle">epoch</text>)", L + (W - L - R) / 2, H - 6);
  std::size_t i = 0;
  for (const auto& r : rows) {
    const std::size_t row = i++;  // the row's colour in the other charts
    const std::string stroke = r.value("kind", "") == "raw" ? "#222" : color(row);
    std::string points, marks;  // a mark per epoch: a one-epoch budget has no line to draw
    std::size_t e = 0;
    for (const auto& v : trainingLoss(r, model)) {
      if (++e; !v.is_number()) continue;
      const double x = px(static_cast<double>(e)), y = py(v.get<double>());
      points += fmt::format("{:.1f},{:.1f} ", x, y);
      marks += fmt::format(R"(<circle cx="{:.1f}" cy="{:.1f}" r="2.5" fill="{}"/>)", x, y, stroke);
    }
    if (points.empty()) continue;
    s += fmt::format(
        R"(<polyline class="loss" data-method="{}" fill="none" stroke="{}" stroke-width="2" points="{}"><title>{}</title></polyline>)",
        escape(r.value("method", "")), stroke, points, escape(r.value("method", "")));
    s += marks;
  }
  return s + "</svg>";
}

// What each row's fresh models were given: the per-channel standard deviation of their training
// input (the method's output), by which it was normalised; "—" where it was not, or where the
// row was computed before rows recorded it.
std::string inputSpread(const config::Json& row, const char* input) {
  if (!row.contains("targets")) return "—";
  const auto& stats = row["targets"].value("input_statistics", config::Json());
  if (!stats.is_object() || !stats.contains(input)) return "—";
  std::string out;
  for (const auto& v : stats[input].value("sd", config::Json::array()))
    if (v.is_number()) out += fmt::format("{}{:.3f}", out.empty() ? "" : " ", v.get<double>());
  return out.empty() ? "—" : out;
}

std::string firstToLastLoss(const config::Json& row, const char* model) {
  const auto& l = trainingLoss(row, model);
  if (l.empty() || !l.front().is_number() || !l.back().is_number()) return "n/a";
  return fmt::format("{:.3f} → {:.3f}", l.front().get<double>(), l.back().get<double>());
}

// How the fresh models trained: loss curves, first → last epoch's loss, input spread.
std::string freshTrainingHtml(const config::Json& rows) {
  std::string charts = lossSvg(rows, "action", "Fresh action classifier: training loss") +
                       lossSvg(rows, "attributes", "Fresh attribute classifier: training loss");
  if (charts.empty()) return {};
  std::string h =
      "<h2>How the fresh models trained</h2>\n<p class=\"meta\">Mean training loss per epoch. A loss still falling at "
      "the last epoch says the budget was short for that method, not that its output lacks the information. Input sd: the "
      "per-channel (R G B) standard deviation of the method's output on the training split, which the fresh models' "
      "input was normalised by (<code>targets.normalize_input</code>); against raw data's it says how much contrast "
      "the method left (—: not normalised, or a row computed before this was recorded).</p>\n";
  h += charts +
       "\n<table><thead><tr><th>Method</th><th>Action loss, first → last epoch</th><th>Attribute loss, first → last "
       "epoch</th><th>Input sd, clips</th><th>Input sd, images</th></tr></thead><tbody>\n";
  for (const auto& r : rows) {
    const bool raw = r.value("kind", "") == "raw";
    h += std::string(raw ? "<tr class=\"raw\">" : "<tr>") + "<td>" + escape(r.value("method", "")) +
         (raw ? " (raw data)" : "") + "</td>";
    h += "<td>" + firstToLastLoss(r, "action") + "</td><td>" + firstToLastLoss(r, "attributes") + "</td><td>" +
         inputSpread(r, "clips") + "</td><td>" + inputSpread(r, "images") + "</td></tr>\n";
  }
  return h + "</tbody></table>\n";
}

constexpr const char* kCss = R"(body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px;color:#222;max-width:1200px}
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em}
table{border-collapse:collapse;font-size:.9em}th,td{border-bottom:1px solid #ddd;padding:4px 10px;text-align:right}
th:first-child,td:first-child{text-align:left}tr.raw td{font-weight:600;background:#f4f4f4}
.meta{color:#555;font-size:.85em}.meta code{background:#f4f4f4;padding:1px 4px}
svg .frame{fill:none;stroke:#999}svg .grid{stroke:#e6e6e6}svg .tick{font-size:11px;fill:#555}
svg .axis{font-size:12px;fill:#333}svg .label{font-size:12px;fill:#222}svg .rawline{stroke:#222;stroke-dasharray:4 4;stroke-width:1}
.samples td{text-align:left;vertical-align:middle}.samples img{image-rendering:pixelated;height:64px}
)";

}  // namespace

config::Json summariseCard(const config::Json& card) {
  config::Json out = config::Json::object();
  for (const char* key : {"trained_by", "input_resolution", "clip", "class_names", "attribute_names", "metrics", "run"})
    if (card.contains(key)) out[key] = card[key];
  if (card.contains("training_data")) out["training_data"] = card["training_data"];
  return out;
}

config::Json reportJson(const ReportInput& input) {
  config::Json rows = config::Json::array();
  config::Json summaryRows = config::Json::array();
  config::Json raw = nullptr;
  for (const auto& r : input.rows) {
    rows.push_back(r);
    summaryRows.push_back({{"method", r.value("method", "")}, {"kind", r.value("kind", "")}, {"action_top1", r.value("action_top1", config::Json())},
                           {"privacy_cmap", r.value("privacy_cmap", config::Json())},
                           {"privacy_macro_f1", r.value("privacy_macro_f1", config::Json())}, {"seconds", r.value("seconds", config::Json())}});
    if (r.value("kind", "") == "raw")
      raw = {{"action_top1", r.value("action_top1", config::Json())}, {"privacy_cmap", r.value("privacy_cmap", config::Json())}};
  }
  config::Json attributes = config::Json::array();
  if (input.data.contains("privacy") && input.data["privacy"].contains("attributes")) attributes = input.data["privacy"]["attributes"];
  const std::string protocol = input.config.value("protocol", "known");
  return {{"format", "spact-evaluation"},
          {"format_version", 1},
          {"created", now()},
          {"software", toJson(about())},
          {"protocol", protocol},
          {"config", input.config},
          {"seeds", {{"targets", input.config.value("seed", 0)}}},
          {"data", input.data},
          {"models", input.models},
          {"attributes", attributes},
          {"rows", rows},
          {"summary", {{"protocol", protocol}, {"rows", summaryRows}, {"raw", raw}}}};
}

std::string reportCsv(const config::Json& report) {
  std::vector<std::string> attributes = report.value("attributes", std::vector<std::string>{});
  std::string out = "method,kind,action_top1,privacy_cmap,privacy_macro_f1";
  for (const auto& a : attributes) out += fmt::format(",{}", csvField(fmt::format("ap:{}", a)));
  out += ",seconds\n";
  auto num = [](const std::optional<double>& v) { return v ? fmt::format("{:.6f}", *v) : std::string(); };
  for (const auto& r : report["rows"]) {
    out += fmt::format("{},{},{},{},{}", csvField(r.value("method", "")), r.value("kind", ""), num(number(r, "action_top1")),
                       num(number(r, "privacy_cmap")), num(number(r, "privacy_macro_f1")));
    for (const auto& a : attributes) out += fmt::format(",{}", num(apOf(r, a)));
    out += fmt::format(",{:.1f}\n", number(r, "seconds").value_or(0));
  }
  return out;
}

std::string reportHtml(const config::Json& report, const fs::path& outDir) {
  std::vector<std::string> attributes = report.value("attributes", std::vector<std::string>{});
  const auto& rows = report["rows"];
  const auto& data = report["data"];
  std::string h = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>SPAct evaluation</title><style>";
  h += kCss;
  h += "</style></head><body>\n<h1>SPAct evaluation — " + escape(report.value("protocol", "")) + " protocol</h1>\n";
  const auto software = report.value("software", config::Json::object());
  h += fmt::format("<p class=\"meta\">Created {} · SPAct Studio {} · LibTorch {} · device <code>{}</code> · seed {}</p>\n",
                   escape(report.value("created", "")), escape(software.value("spact", "")), escape(software.value("libtorch", "")),
                   escape(report["config"].value("device", "")), report["seeds"].value("targets", 0));
  if (data.contains("action") && data.contains("privacy"))
    h += fmt::format("<p class=\"meta\">Action data <code>{}</code> ({} classes, {} training / {} test videos) · privacy data <code>{}</code> ({} attributes, {} training / {} test images{})</p>\n",
                     escape(data["action"].value("source", "")), data["action"].value("classes", config::Json::array()).size(),
                     data["action"].value("train_videos", 0), data["action"].value("test_videos", 0), escape(data["privacy"].value("source", "")),
                     attributes.size(), data["privacy"].value("train_images", 0), data["privacy"].value("test_images", 0),
                     data["privacy"].value("from_videos", false) ? ", middle frames of the videos" : "");
  h += "<p class=\"meta\">Each row: fresh target models trained and tested on the method's output (action top-1 at video level; privacy attributes' average precision, their mean cMAP and macro F1).</p>\n";

  h += "<h2>Results</h2>\n<table><thead><tr><th>Method</th><th>Action top-1 (%)</th><th>Privacy cMAP (%)</th><th>Macro F1 (%)</th>";
  for (const auto& a : attributes) h += "<th>AP " + escape(a) + "</th>";
  h += "<th>Time (s)</th></tr></thead><tbody>\n";
  for (const auto& r : rows) {
    const bool raw = r.value("kind", "") == "raw";
    h += std::string(raw ? "<tr class=\"raw\">" : "<tr>") + "<td>" + escape(r.value("method", "")) + (raw ? " (raw data)" : "") + "</td>";
    h += "<td>" + percent(number(r, "action_top1")) + "</td><td>" + percent(number(r, "privacy_cmap")) + "</td><td>" +
         percent(number(r, "privacy_macro_f1")) + "</td>";
    for (const auto& a : attributes) h += "<td>" + percent(apOf(r, a)) + "</td>";
    h += fmt::format("<td>{:.1f}</td></tr>\n", number(r, "seconds").value_or(0));
  }
  h += "</tbody></table>\n";

  h += "<h2>Trade-off</h2>\n<p class=\"meta\">Action top-1 against privacy cMAP; top left is best. Dashed lines cross at raw data.</p>\n";
  h += tradeoffSvg(rows) + "\n";
  h += "<h2>Per-attribute average precision</h2>\n" + apBarsSvg(rows, attributes) + "\n";
  h += freshTrainingHtml(rows);

  h += "<h2>Sample frames</h2>\n";
  bool any = false;
  std::string samples = "<table class=\"samples\"><tbody>\n";
  if (auto original = embedPng(outDir / "samples" / "original.png")) {
    samples += "<tr><td>original</td><td><img alt=\"original\" src=\"" + *original + "\"></td></tr>\n";
    any = true;
  }
  for (const auto& r : rows) {
    if (!r.contains("sample") || !r["sample"].is_string()) continue;
    if (auto png = embedPng(outDir / r["sample"].get<std::string>())) {
      samples += "<tr><td>" + escape(r.value("method", "")) + "</td><td><img alt=\"" + escape(r.value("method", "")) + "\" src=\"" + *png +
                 "\"></td></tr>\n";
      any = true;
    }
  }
  h += any ? samples + "</tbody></table>\n" : std::string("<p class=\"meta\">No sample frames (this build writes no images).</p>\n");
  h += "</body></html>\n";
  return h;
}

Result<config::Json> writeReports(const ReportInput& input) {
  auto report = reportJson(input);
  if (auto st = files::writeTextAtomically((input.outDir / "report.json").string(), report.dump(2) + "\n"); !st)
    return tl::unexpected(st.error());
  if (auto st = files::writeTextAtomically((input.outDir / "report.csv").string(), reportCsv(report)); !st)
    return tl::unexpected(st.error());
  if (auto st = files::writeTextAtomically((input.outDir / "report.html").string(), reportHtml(report, input.outDir)); !st)
    return tl::unexpected(st.error());
  return report;
}

}  // namespace spact::eval
