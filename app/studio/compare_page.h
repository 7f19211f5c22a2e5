#pragma once
// The main page: the compare view (original | anonymized), its view switches (side by side or
// split, zoom) and the transport bar, wired to the CompareController. It also owns the player's
// keyboard actions (Space, J/K/L, arrows, Home/End, zoom), which the main window puts in its
// menus and lists in Help.
#include <QWidget>

#include "pipeline/anonymizer.h"

class QAction;
class QActionGroup;
class QHBoxLayout;
class QLabel;

namespace spact::widgets {
class CompareView;
class TransportBar;
}  // namespace spact::widgets

namespace spact::studio {

class CompareController;

class ComparePage : public QWidget {
  Q_OBJECT
 public:
  explicit ComparePage(CompareController& controller, QWidget* parent = nullptr);

  widgets::CompareView* view() const { return view_; }
  widgets::TransportBar* transport() const { return transport_; }
  QList<QAction*> playbackActions() const;
  QList<QAction*> viewActions() const;
  // A button for a window action (Export…) at the right end of the bar above the pictures.
  void addPageAction(QAction* action);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  QAction* makeAction(const QKeySequence& key, const char* name);
  void retranslate();
  void updateZoomLabel();

  CompareController& controller_;
  widgets::CompareView* view_ = nullptr;
  widgets::TransportBar* transport_ = nullptr;
  QLabel* zoomLabel_ = nullptr;
  QHBoxLayout* viewBar_ = nullptr;
  QAction* playPause_ = nullptr;
  QAction* playBackward_ = nullptr;
  QAction* pause_ = nullptr;
  QAction* playForward_ = nullptr;
  QAction* stepBack_ = nullptr;
  QAction* stepForward_ = nullptr;
  QAction* start_ = nullptr;
  QAction* end_ = nullptr;
  QAction* sideBySide_ = nullptr;
  QAction* split_ = nullptr;
  QAction* zoomIn_ = nullptr;
  QAction* zoomOut_ = nullptr;
  QAction* fit_ = nullptr;
  QActionGroup* modeGroup_ = nullptr;
};

}  // namespace spact::studio
